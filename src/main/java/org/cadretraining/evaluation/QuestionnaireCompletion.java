package org.cadretraining.evaluation;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.cadretraining.completion.CompletionCondition;
import org.cadretraining.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one home of the rule "completion waits for the questionnaire": where a course's questionnaire is required
 * for completion, a trainee who has not answered it does not complete, and is told why: once it has closed, that
 * they did not answer by its closing time.
 */
@Component
class QuestionnaireCompletion implements CompletionCondition {

    private final QuestionnaireStore questionnaires;
    private final MessageSource messages;
    private final Clock clock;

    QuestionnaireCompletion(QuestionnaireStore questionnaires, MessageSource messages, Clock clock) {
        this.questionnaires = questionnaires;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Demand> demandOf(long courseId) {
        return questionnaires
                .find(courseId)
                .filter(Questionnaire::requiredForCompletion)
                .map(q -> new Demand(questionnaires.answeredBy(courseId), reason(q)));
    }

    private LocalizedText reason(Questionnaire questionnaire) {
        boolean closed = questionnaire.phaseAt(clock.instant()) == Questionnaire.Phase.CLOSED;
        String key = closed ? "evaluation.completion.unansweredByClosing" : "evaluation.completion.unanswered";
        Object[] closing = {Questionnaire.shown(questionnaire.closesAt(), clock.getZone())};
        return new LocalizedText(
                messages.getMessage(key, closing, Locale.CHINESE), messages.getMessage(key, closing, Locale.ENGLISH));
    }
}
