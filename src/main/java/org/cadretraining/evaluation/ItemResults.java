package org.cadretraining.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The results of one evaluated agenda item and its lecturers: how many responses answered about it and, when that
 * reaches the threshold, its questions' results and the mean of its scale questions. Below the threshold it holds
 * no figure but the count.
 */
record ItemResults(
        AnswerSheet.EvaluatedItem item,
        long responses,
        boolean shown,
        BigDecimal mean,
        List<QuestionResult> questions) {

    ItemResults {
        questions = shown ? List.copyOf(questions) : List.of();
        mean = shown ? mean : null;
    }
}
