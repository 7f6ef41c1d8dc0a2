package org.cadretraining.evaluation;

import java.util.Locale;
import java.util.Optional;
import org.cadretraining.completion.CompletionCondition;
import org.cadretraining.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one home of the rule "completion waits for the questionnaire": where a course's questionnaire is required
 * for completion, a trainee who has not answered it does not complete, and is told why.
 */
@Component
class QuestionnaireCompletion implements CompletionCondition {

    private final QuestionnaireStore questionnaires;
    private final MessageSource messages;

    QuestionnaireCompletion(QuestionnaireStore questionnaires, MessageSource messages) {
        this.questionnaires = questionnaires;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Demand> demandOf(long courseId) {
        return questionnaires
                .find(courseId)
                .filter(Questionnaire::requiredForCompletion)
                .map(q -> new Demand(
                        questionnaires.answeredBy(courseId),
                        new LocalizedText(
                                messages.getMessage("evaluation.completion.unanswered", null, Locale.CHINESE),
                                messages.getMessage("evaluation.completion.unanswered", null, Locale.ENGLISH))));
    }
}
