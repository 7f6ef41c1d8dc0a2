package org.cadretraining.organisation;

/** What a unit is; an external institution (such as a municipal Party school) can host courses. */
public enum UnitKind {
    PARTY_COMMITTEE,
    DEPARTMENT,
    SCHOOL,
    EXTERNAL_INSTITUTION,
    OTHER
}
