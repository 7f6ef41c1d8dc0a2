package org.cadretraining.evaluation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.cadretraining.course.CompletionWarnings;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completion that waits for the questionnaire must not be decided while trainees may still answer it: completing the
 * course then would fail those who meant to answer before the closing time. The organiser is told, and closes the
 * questionnaire first or confirms.
 */
@Component
class QuestionnaireOpenWarning implements CompletionWarnings {

    private final QuestionnaireStore questionnaires;
    private final ResponseRates rates;
    private final Clock clock;

    QuestionnaireOpenWarning(QuestionnaireStore questionnaires, ResponseRates rates, Clock clock) {
        this.questionnaires = questionnaires;
        this.rates = rates;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<MessageSourceResolvable> before(long courseId) {
        Optional<Questionnaire> required = questionnaires.find(courseId).filter(Questionnaire::requiredForCompletion);
        if (required.isEmpty() || required.get().phaseAt(clock.instant()) == Questionnaire.Phase.CLOSED) {
            return List.of();
        }
        int waiting = rates.of(courseId, required).notAnswered().size();
        if (waiting == 0) {
            return List.of();
        }
        return List.of(new DefaultMessageSourceResolvable(
                new String[] {"evaluation.completion.warning.stillOpen"},
                new Object[] {Questionnaire.shown(required.get().closesAt(), clock.getZone()), waiting}));
    }
}
