package org.cadretraining.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a course's results for those who may see them: figures of the course only from the threshold of answers on,
 * and of each evaluated item only when that item's own answers reach it. Below, only the count is told.
 */
@Service
@EnableConfigurationProperties(EvaluationSettings.class)
class ResultsReading {

    private record Key(int position, Long itemId) {}

    private final CourseCatalog catalog;
    private final QuestionnaireStore questionnaires;
    private final TemplateStore templates;
    private final ResultsStore results;
    private final EvaluatedItems evaluatedItems;
    private final EvaluationRights rights;
    private final EvaluationSettings settings;
    private final Clock clock;

    ResultsReading(
            CourseCatalog catalog,
            QuestionnaireStore questionnaires,
            TemplateStore templates,
            ResultsStore results,
            EvaluatedItems evaluatedItems,
            EvaluationRights rights,
            EvaluationSettings settings,
            Clock clock) {
        this.catalog = catalog;
        this.questionnaires = questionnaires;
        this.templates = templates;
        this.results = results;
        this.evaluatedItems = evaluatedItems;
        this.rights = rights;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    CourseResults of(long courseId, CurrentUser user) {
        CourseSummary course =
                catalog.course(courseId).orElseThrow(() -> DomainException.notFound("evaluation.course.notFound"));
        rights.requireSeeResults(courseId, user);
        Questionnaire questionnaire = questionnaires
                .find(courseId)
                .orElseThrow(() -> DomainException.notFound("evaluation.questionnaire.none"));
        return of(course, questionnaire);
    }

    /**
     * The results of a course that has a questionnaire, for a caller that has checked the reader's rights itself (the
     * course archive of the report module, through {@link EvaluationFigures}); the threshold applies all the same.
     */
    @Transactional(readOnly = true)
    Optional<CourseResults> ofCourse(long courseId) {
        return catalog.course(courseId)
                .flatMap(course -> questionnaires.find(courseId).map(questionnaire -> of(course, questionnaire)));
    }

    private CourseResults of(CourseSummary course, Questionnaire questionnaire) {
        long courseId = course.id();
        Template template = templates
                .find(questionnaire.templateId())
                .orElseThrow(() -> DomainException.notFound("evaluation.template.notFound"));
        long responses = results.responses(courseId);
        boolean shown = settings.reached(responses);
        Tallies tallies = shown ? tallies(courseId) : Tallies.NONE;
        List<ItemResults> items = new ArrayList<>();
        for (AnswerSheet.EvaluatedItem item : evaluatedItems.of(courseId, questionnaire.itemIds())) {
            long count = tallies.itemResponses().getOrDefault(item.item().id(), 0L);
            boolean itemShown = shown && settings.reached(count);
            List<QuestionResult> questions = itemShown
                    ? tallies.results(
                            template.about(QuestionScope.ITEM), item.item().id())
                    : List.of();
            items.add(new ItemResults(item, count, itemShown, QuestionResult.meanOf(questions), questions));
        }
        return new CourseResults(
                course,
                template,
                responses,
                settings.minAnswers(),
                shown,
                shown ? tallies.results(template.about(QuestionScope.COURSE), null) : List.of(),
                items,
                clock.instant());
    }

    private Tallies tallies(long courseId) {
        ResultsStore.Counted counted = results.counted(courseId);
        Tallies tallies = new Tallies(new HashMap<>(), new HashMap<>(), new HashMap<>(), counted.itemResponses());
        for (ResultsStore.Group group : counted.groups()) {
            Key key = new Key(group.position(), group.itemId());
            tallies.answered.merge(key, group.count(), Long::sum);
            Map<Integer, Long> byValue = tallies.counts.computeIfAbsent(key, k -> new HashMap<>());
            if (group.rating() != null) {
                byValue.merge(group.rating(), group.count(), Long::sum);
            }
            group.choices().forEach(option -> byValue.merge(option, group.count(), Long::sum));
            if (group.text() != null) {
                List<String> texts = tallies.texts.computeIfAbsent(key, k -> new ArrayList<>());
                texts.addAll(Collections.nCopies((int) group.count(), group.text()));
            }
        }
        return tallies;
    }

    /** The counts of one course, looked up per question and item. */
    private record Tallies(
            Map<Key, Long> answered,
            Map<Key, Map<Integer, Long>> counts,
            Map<Key, List<String>> texts,
            Map<Long, Long> itemResponses) {

        static final Tallies NONE = new Tallies(Map.of(), Map.of(), Map.of(), Map.of());

        List<QuestionResult> results(List<Question> questions, Long itemId) {
            return questions.stream().map(q -> result(q, itemId)).toList();
        }

        private QuestionResult result(Question question, Long itemId) {
            Key key = new Key(question.position(), itemId);
            long count = answered.getOrDefault(key, 0L);
            Map<Integer, Long> byValue = counts.getOrDefault(key, Map.of());
            List<Long> distribution = new ArrayList<>();
            if (question.kind().scaled()) {
                for (int level = QuestionKind.LOWEST; level <= QuestionKind.HIGHEST; level++) {
                    distribution.add(byValue.getOrDefault(level, 0L));
                }
            } else if (question.kind().choice()) {
                for (int option = 0; option < question.options().size(); option++) {
                    distribution.add(byValue.getOrDefault(option, 0L));
                }
            }
            return new QuestionResult(question, count, distribution, texts.getOrDefault(key, List.of()));
        }
    }
}
