package org.cadretraining.evaluation;

/**
 * How a question is answered: a score from 1 to 5, one of five satisfaction levels (非常不满意 1 … 非常满意 5, kept as
 * the same 1 to 5), one option, any options, or a free text.
 */
enum QuestionKind {
    RATING,
    SATISFACTION,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    FREE_TEXT;

    static final int LOWEST = 1;
    static final int HIGHEST = 5;

    public boolean scaled() {
        return this == RATING || this == SATISFACTION;
    }

    public boolean choice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
