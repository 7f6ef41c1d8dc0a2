package org.cadretraining.enrolment;

import org.cadretraining.shared.LocalizedText;

/**
 * A person with an approved place in a course, as attendance and completion see them: their part in the course and
 * their study group (blank when none).
 */
public record ClassMember(
        long cadreId,
        String staffNumber,
        String name,
        LocalizedText unit,
        LocalizedText position,
        CourseRole role,
        String group) {

    public ClassMember {
        group = group == null ? "" : group.strip();
    }

    /** Whether this person is trained by the course (and so checked in, credited and certified). */
    public boolean trainee() {
        return role.trainee();
    }
}
