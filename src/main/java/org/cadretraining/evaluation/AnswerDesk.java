package org.cadretraining.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a trainee answers their course's questionnaire: once, while it is open, every answer checked before
 * anything is written, and the mark and the answers written together or not at all.
 */
@Service
class AnswerDesk {

    private final CourseCatalog catalog;
    private final QuestionnaireStore questionnaires;
    private final TemplateStore templates;
    private final AnswerStore answers;
    private final EvaluationRights rights;
    private final Clock clock;

    AnswerDesk(
            CourseCatalog catalog,
            QuestionnaireStore questionnaires,
            TemplateStore templates,
            AnswerStore answers,
            EvaluationRights rights,
            Clock clock) {
        this.catalog = catalog;
        this.questionnaires = questionnaires;
        this.templates = templates;
        this.answers = answers;
        this.rights = rights;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    AnswerSheet sheet(long courseId, CurrentUser user) {
        return sheet(courseId, user, false);
    }

    /** Stores the trainee's answers; {@code raw} holds the values sent for each question's field. */
    @Transactional
    void submit(long courseId, Map<String, List<String>> raw, CurrentUser user) {
        AnswerSheet sheet = sheet(courseId, user, true);
        if (sheet.answered()) {
            throw twice();
        }
        sheet.questionnaire().requireOpen(clock.instant(), clock.getZone());
        List<AnswerValue> values = sheet.read(raw);
        if (!answers.markAnswered(courseId, user.cadreId())) {
            throw twice();
        }
        answers.writeResponse(courseId, sheet.template().id(), values);
    }

    private AnswerSheet sheet(long courseId, CurrentUser user, boolean holdTemplate) {
        CourseSummary course =
                catalog.course(courseId).orElseThrow(() -> DomainException.notFound("evaluation.course.notFound"));
        rights.requireAnswer(courseId, user);
        Questionnaire questionnaire = questionnaires
                .find(courseId)
                .orElseThrow(() -> DomainException.notFound("evaluation.questionnaire.none"));
        long templateId = questionnaire.templateId();
        // held for the submission, so that no edit slips in between reading the questions and storing the answers
        Template template = (holdTemplate ? templates.share(templateId) : templates.find(templateId))
                .orElseThrow(() -> DomainException.notFound("evaluation.template.notFound"));
        return new AnswerSheet(
                course,
                questionnaire,
                template,
                evaluated(courseId, Set.copyOf(questionnaire.itemIds())),
                questionnaire.phaseAt(clock.instant()),
                questionnaires.hasAnswered(courseId, user.cadreId()));
    }

    private List<AnswerSheet.EvaluatedItem> evaluated(long courseId, Set<Long> itemIds) {
        List<AgendaEntry> items = catalog.agenda(courseId).stream()
                .filter(item -> itemIds.contains(item.id()))
                .toList();
        Set<Long> lecturerIds = new java.util.HashSet<>();
        items.forEach(item -> item.speakers().stream()
                .map(CourseCatalog.Person::lecturerId)
                .filter(Objects::nonNull)
                .forEach(lecturerIds::add));
        Map<Long, CourseCatalog.LecturerName> lecturers = catalog.lecturers(lecturerIds);
        return items.stream()
                .map(item -> new AnswerSheet.EvaluatedItem(item, speakers(item, lecturers)))
                .toList();
    }

    private static LocalizedText speakers(AgendaEntry item, Map<Long, CourseCatalog.LecturerName> lecturers) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (CourseCatalog.Person person : item.speakers()) {
            CourseCatalog.LecturerName lecturer =
                    person.lecturerId() == null ? null : lecturers.get(person.lecturerId());
            if (lecturer != null) {
                zh.add(lecturer.name().in(Locale.CHINESE));
                en.add(lecturer.name().in(Locale.ENGLISH));
            } else if (!person.text().isBlank()) {
                zh.add(person.text());
                en.add(person.text());
            }
        }
        return new LocalizedText(String.join("、", zh), String.join(", ", en));
    }

    private static DomainException twice() {
        return DomainException.conflict(null, "evaluation.answer.twice");
    }
}
