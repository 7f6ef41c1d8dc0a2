package org.cadretraining.course;

/** How trainees attend: away from their posts (脱产), beside their work (在职), online, or online and on site. */
public enum TrainingForm {
    FULL_TIME,
    PART_TIME,
    ONLINE,
    HYBRID;

    /** Whether trainees meet in a place, so that a venue and a host's premises mean something. */
    public boolean inPerson() {
        return this != ONLINE;
    }

    /**
     * Whether trainees keep to their posts and train in evenings or at weekends (在职), so that the days they meet
     * are not days of full-time training (脱产) toward a requirement's "or N days".
     */
    public boolean onTheJob() {
        return this == PART_TIME;
    }
}
