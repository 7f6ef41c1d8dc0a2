package org.cadretraining.course;

/** The kind of training a course gives. */
public enum TrainingCategory {
    THEORY,
    PARTY_SPIRIT,
    SKILLS,
    FIELD_STUDY,
    OTHER
}
