package org.cadretraining.enrolment;

/** What a person does in a course. Only participants and group leaders take up the course's places. */
public enum CourseRole {
    TEAM_LEADER,
    CLASS_TEACHER,
    GROUP_LEADER,
    PARTICIPANT,
    STAFF;

    public boolean takesPlace() {
        return this == PARTICIPANT || this == GROUP_LEADER;
    }

    /** Whether the course trains this person: they check in, earn 学时 and may complete. */
    public boolean trainee() {
        return this == PARTICIPANT || this == GROUP_LEADER || this == TEAM_LEADER;
    }
}
