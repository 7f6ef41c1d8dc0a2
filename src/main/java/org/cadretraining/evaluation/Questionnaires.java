package org.cadretraining.evaluation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sets up a course's questionnaire, closes it and shows it with its response rate. */
@Service
class Questionnaires {

    /**
     * A course's questionnaire as its organiser sees it: settings, the template's title, and the response count;
     * {@code sittings} are the agenda items that can be evaluated.
     */
    record Overview(
            CourseSummary course,
            List<AgendaEntry> sittings,
            Optional<Questionnaire> questionnaire,
            Template template,
            Questionnaire.Phase phase,
            ResponseRate rate,
            boolean manages) {

        public int answered() {
            return rate.answered();
        }

        public int trainees() {
            return rate.enrolled();
        }

        public Set<Long> evaluatedItems() {
            return questionnaire.map(q -> Set.copyOf(q.itemIds())).orElse(Set.of());
        }
    }

    private final CourseCatalog catalog;
    private final ResponseRates rates;
    private final QuestionnaireStore store;
    private final TemplateStore templates;
    private final EvaluationRights rights;
    private final AnswerStore answers;
    private final Clock clock;

    Questionnaires(
            CourseCatalog catalog,
            ResponseRates rates,
            QuestionnaireStore store,
            TemplateStore templates,
            EvaluationRights rights,
            AnswerStore answers,
            Clock clock) {
        this.answers = answers;
        this.catalog = catalog;
        this.rates = rates;
        this.store = store;
        this.templates = templates;
        this.rights = rights;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Overview overview(long courseId, CurrentUser user) {
        CourseSummary course = course(courseId);
        rights.requireFollowProgress(courseId, user);
        Optional<Questionnaire> questionnaire = store.find(courseId);
        Template template =
                questionnaire.flatMap(q -> templates.find(q.templateId())).orElse(null);
        return new Overview(
                course,
                sittings(catalog.agenda(courseId)),
                questionnaire,
                template,
                questionnaire.map(q -> q.phaseAt(clock.instant())).orElse(null),
                rates.of(courseId, questionnaire),
                rights.manages(user));
    }

    /** Sets up or changes the questionnaire; {@code settings} are read only once the person may change them. */
    @Transactional
    Questionnaire setUp(long courseId, Supplier<Questionnaire> settings, CurrentUser user) {
        course(courseId);
        rights.requireManage(user);
        Questionnaire wanted = settings.get();
        if (templates.find(wanted.templateId()).isEmpty()) {
            throw DomainException.invalid("templateId", "evaluation.questionnaire.templateUnknown");
        }
        List<AgendaEntry> agenda = catalog.agenda(courseId);
        if (!ids(agenda).containsAll(wanted.itemIds())) {
            throw DomainException.invalid("itemIds", "evaluation.questionnaire.itemNotInCourse");
        }
        if (!ids(sittings(agenda)).containsAll(wanted.itemIds())) {
            throw DomainException.invalid("itemIds", "evaluation.questionnaire.itemWithoutSitting");
        }
        store.lock(courseId);
        Optional<Questionnaire> current = store.find(courseId);
        Questionnaire next = current.map(q -> q.revisedTo(wanted, store.answeredCount(courseId) > 0))
                .orElse(wanted);
        store.save(next, user.username(), clock.instant());
        return next;
    }

    @Transactional
    Questionnaire close(long courseId, CurrentUser user) {
        course(courseId);
        rights.requireManage(user);
        store.lock(courseId);
        Questionnaire closed = store.find(courseId)
                .orElseThrow(() -> DomainException.notFound("evaluation.questionnaire.none"))
                .closedAt(clock.instant(), clock.getZone());
        store.save(closed, user.username(), clock.instant());
        answers.shuffleAtClosing(courseId);
        return closed;
    }

    /** Only an item held at a time and place can be evaluated: homework has no session and nobody teaching it. */
    private static List<AgendaEntry> sittings(List<AgendaEntry> agenda) {
        return agenda.stream().filter(item -> item.type().hasSitting()).toList();
    }

    private static Set<Long> ids(List<AgendaEntry> items) {
        return items.stream().map(AgendaEntry::id).collect(Collectors.toSet());
    }

    private CourseSummary course(long courseId) {
        return catalog.course(courseId).orElseThrow(() -> DomainException.notFound("evaluation.course.notFound"));
    }
}
