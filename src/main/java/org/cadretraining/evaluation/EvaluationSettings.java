package org.cadretraining.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many answers a course, or an evaluated item, needs before any figure of it is shown: below it a small group
 * could be read person by person.
 */
@ConfigurationProperties("app.evaluation")
record EvaluationSettings(@DefaultValue("5") int minAnswers) {

    EvaluationSettings {
        if (minAnswers < 1) {
            throw new IllegalArgumentException("app.evaluation.min-answers must be at least 1, not " + minAnswers);
        }
    }

    /** Whether {@code answers} are enough to show figures built from them. */
    boolean reached(long answers) {
        return answers >= minAnswers;
    }
}
