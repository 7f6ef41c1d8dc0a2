package org.cadretraining.course;

/** The institution saved new training rules: 学时, attendance thresholds and the leave cap may all have changed. */
public record TrainingRulesChanged(String by) {}
