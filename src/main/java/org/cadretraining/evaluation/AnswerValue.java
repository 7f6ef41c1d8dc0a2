package org.cadretraining.evaluation;

import java.util.List;

/**
 * One answer as it is stored: to the question at {@code position}, about the agenda item {@code itemId} (null for a
 * question about the course), holding exactly one of a rating, the chosen options or a text.
 */
record AnswerValue(int position, Long itemId, Integer rating, List<Integer> choices, String text) {

    AnswerValue {
        choices = choices == null ? null : List.copyOf(choices);
    }
}
