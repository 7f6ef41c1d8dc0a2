package org.cadretraining.course.site;

/** What kind of place a site is; field-study sites are mostly memorial halls, museums and parks. */
public enum SiteKind {
    TRAINING_SCHOOL,
    MEMORIAL_HALL,
    MUSEUM,
    PARK,
    ENTERPRISE,
    OTHER
}
