package org.cadretraining.course;

/** The three parts of a training day whose 学时 are reckoned apart: see {@link TrainingRules#blockAt}. */
public enum DayBlock {
    MORNING,
    AFTERNOON,
    EVENING
}
