package org.cadretraining.shared;

/** What a person may do in the system; an account may hold several. */
public enum Role {
    ADMINISTRATOR,
    ORGANISER,
    UNIT_LIAISON,
    CLASS_TEACHER,
    LECTURER,
    CADRE,
    NEWS_EDITOR,
    NEWS_REVIEWER,
    NEWS_PUBLISHER;

    public String authority() {
        return "ROLE_" + name();
    }
}
