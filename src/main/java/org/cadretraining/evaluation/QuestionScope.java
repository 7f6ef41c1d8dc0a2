package org.cadretraining.evaluation;

/** Whether a question is asked once about the course as a whole, or once for each evaluated agenda item. */
enum QuestionScope {
    COURSE,
    ITEM
}
