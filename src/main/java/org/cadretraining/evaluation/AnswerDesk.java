package org.cadretraining.evaluation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
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
    private final EvaluatedItems evaluatedItems;
    private final ClassMembers members;
    private final Clock clock;

    AnswerDesk(
            CourseCatalog catalog,
            QuestionnaireStore questionnaires,
            TemplateStore templates,
            AnswerStore answers,
            EvaluationRights rights,
            EvaluatedItems evaluatedItems,
            ClassMembers members,
            Clock clock) {
        this.catalog = catalog;
        this.questionnaires = questionnaires;
        this.templates = templates;
        this.answers = answers;
        this.rights = rights;
        this.evaluatedItems = evaluatedItems;
        this.members = members;
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
        if (!answers.submit(courseId, user.cadreId(), sheet.template().id(), values)) {
            throw twice();
        }
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
        // a course run for several cohorts asks each trainee only about the items of their own cohort's days and of
        // the days the whole course shares: nobody is asked to rate a lecture held for the other group
        Integer cohort = members.cohortOf(courseId, user.cadreId());
        List<AnswerSheet.EvaluatedItem> items = evaluatedItems.of(courseId, questionnaire.itemIds()).stream()
                .filter(item -> course.expects(cohort, item.item().day()))
                .toList();
        return new AnswerSheet(
                course,
                questionnaire,
                template,
                items,
                questionnaire.phaseAt(clock.instant()),
                questionnaires.hasAnswered(courseId, user.cadreId()));
    }

    private static DomainException twice() {
        return DomainException.conflict(null, "evaluation.answer.twice");
    }
}
