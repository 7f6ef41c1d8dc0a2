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
}
