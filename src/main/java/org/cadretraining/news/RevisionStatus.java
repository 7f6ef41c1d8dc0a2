package org.cadretraining.news;

/** Where a revision of an article stands in review. Only drafts may be edited. */
enum RevisionStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    REJECTED
}
