package org.cadretraining.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.shared.LocalizedText;

/**
 * The questionnaire as a trainee answers it: the course's questions, then each evaluated item (with who taught it)
 * and its questions; whether it is open now and whether this trainee has already answered.
 */
record AnswerSheet(
        CourseSummary course,
        Questionnaire questionnaire,
        Template template,
        List<EvaluatedItem> items,
        Questionnaire.Phase phase,
        boolean answered) {

    /** An agenda item to evaluate, with the names of those who taught it. */
    record EvaluatedItem(AgendaEntry item, LocalizedText speakers) {

        public LocalizedText title() {
            return item.title();
        }
    }

    /** One question to show: the question, the item it is about (null: the course), its field and its label. */
    record Asked(Question question, EvaluatedItem item, String field, LocalizedText label) {}

    public boolean open() {
        return phase == Questionnaire.Phase.OPEN && !answered;
    }

    public List<Asked> courseQuestions() {
        return template.about(QuestionScope.COURSE).stream()
                .map(q -> new Asked(q, null, q.field(null), q.text()))
                .toList();
    }

    public List<Asked> questionsAbout(EvaluatedItem item) {
        return template.about(QuestionScope.ITEM).stream()
                .map(q -> new Asked(q, item, q.field(item.item().id()), label(item, q)))
                .toList();
    }

    /** Every question asked, in the order shown. */
    public List<Asked> asked() {
        List<Asked> all = new ArrayList<>(courseQuestions());
        items.forEach(item -> all.addAll(questionsAbout(item)));
        return all;
    }

    /**
     * Reads the raw answers (form fields or the API's map) into the values to store, refusing the first answer that
     * its question does not allow; nothing is stored unless every answer is accepted.
     */
    List<AnswerValue> read(Map<String, List<String>> raw) {
        List<AnswerValue> values = new ArrayList<>();
        for (Asked asked : asked()) {
            Long itemId = asked.item() == null ? null : asked.item().item().id();
            asked.question().read(raw.get(asked.field()), itemId, asked.label()).ifPresent(values::add);
        }
        return values;
    }

    private static LocalizedText label(EvaluatedItem item, Question question) {
        LocalizedText title = item.title();
        return new LocalizedText(
                title.in(java.util.Locale.CHINESE) + "：" + question.text().in(java.util.Locale.CHINESE),
                title.in(java.util.Locale.ENGLISH) + ": " + question.text().in(java.util.Locale.ENGLISH));
    }
}
