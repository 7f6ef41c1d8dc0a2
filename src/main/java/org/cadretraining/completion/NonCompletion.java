package org.cadretraining.completion;

/** Why a trainee did not complete a course; a trainee may have several reasons. */
enum NonCompletion {
    WITHDRAWN,
    LEAVE_PAST_CAP,
    SHORT_OF_HOURS,
    MANDATORY_MISSED,
    NO_REFLECTION,
    /** A condition another module keeps for the course, such as answering its questionnaire. */
    CONDITION_UNMET
}
