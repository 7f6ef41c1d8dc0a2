package org.cadretraining.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseCatalog.LecturerName;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lecturers' scores from the items they taught that a questionnaire evaluated: for organisers every lecturer's, for
 * a lecturer their own. An item counts only once its answers reach the threshold, as on the course's results.
 */
@Service
class LecturerScores {

    private final CourseCatalog catalog;
    private final QuestionnaireStore questionnaires;
    private final ResultsStore results;
    private final EvaluationRights rights;
    private final EvaluationSettings settings;

    LecturerScores(
            CourseCatalog catalog,
            QuestionnaireStore questionnaires,
            ResultsStore results,
            EvaluationRights rights,
            EvaluationSettings settings) {
        this.catalog = catalog;
        this.questionnaires = questionnaires;
        this.results = results;
        this.rights = rights;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    LecturerScore of(long lecturerId, CurrentUser user) {
        LecturerName lecturer = catalog.lecturers(List.of(lecturerId)).get(lecturerId);
        if (lecturer == null) {
            throw DomainException.notFound("course.lecturer.notFound");
        }
        rights.requireSeeScoresOf(lecturer.cadreId(), user);
        Set<Long> taught = new java.util.HashSet<>();
        catalog.coursesTaughtBy(lecturerId).forEach(c -> taught.add(c.courseId()));
        List<Long> courses = results.coursesWithQuestionnaire().stream()
                .filter(taught::contains)
                .toList();
        return score(lecturer, evaluated(courses)).orElseGet(() -> new LecturerScore(lecturer, List.of()));
    }

    /** Every lecturer who taught an evaluated item, by name. */
    @Transactional(readOnly = true)
    List<LecturerScore> all(CurrentUser user) {
        rights.requireManage(user);
        List<Evaluated> evaluated = evaluated(results.coursesWithQuestionnaire());
        Set<Long> lecturerIds = new java.util.HashSet<>();
        evaluated.forEach(e -> e.item().speakers().stream()
                .map(CourseCatalog.Person::lecturerId)
                .filter(Objects::nonNull)
                .forEach(lecturerIds::add));
        return catalog.lecturers(lecturerIds).values().stream()
                .map(lecturer -> score(lecturer, evaluated).orElseThrow())
                .sorted(Comparator.comparing(
                        (LecturerScore s) -> s.lecturer().name().zh()))
                .toList();
    }

    /** An evaluated item of a course, with its count of responses and its ratings. */
    private record Evaluated(CourseSummary course, AgendaEntry item, ResultsStore.ItemTally tally) {}

    private List<Evaluated> evaluated(List<Long> courseIds) {
        Map<Long, ResultsStore.ItemTally> tallies = new HashMap<>();
        results.items(courseIds).forEach(t -> tallies.put(t.itemId(), t));
        List<Evaluated> evaluated = new ArrayList<>();
        for (long courseId : courseIds) {
            CourseSummary course = catalog.course(courseId).orElse(null);
            Questionnaire questionnaire = questionnaires.find(courseId).orElse(null);
            if (course == null || questionnaire == null) {
                continue;
            }
            Set<Long> itemIds = Set.copyOf(questionnaire.itemIds());
            catalog.agenda(courseId).stream()
                    .filter(item -> itemIds.contains(item.id()))
                    .forEach(item -> evaluated.add(new Evaluated(
                            course,
                            item,
                            tallies.getOrDefault(
                                    item.id(), new ResultsStore.ItemTally(courseId, item.id(), 0, 0, 0)))));
        }
        return evaluated;
    }

    /** The lecturer's items among those evaluated, latest course first; empty when they taught none. */
    private java.util.Optional<LecturerScore> score(LecturerName lecturer, List<Evaluated> evaluated) {
        Map<Long, LecturerScore.Item> items = new LinkedHashMap<>();
        evaluated.stream()
                .filter(e -> taughtBy(e.item(), lecturer))
                .sorted(Comparator.comparing((Evaluated e) -> e.item().day()).reversed())
                .forEach(e -> items.put(
                        e.item().id(),
                        new LecturerScore.Item(
                                e.course(),
                                e.item(),
                                e.tally().responses(),
                                settings.reached(e.tally().responses()),
                                e.tally().ratings(),
                                e.tally().ratingSum())));
        return items.isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(new LecturerScore(lecturer, List.copyOf(items.values())));
    }

    /** Whether the lecturer speaks at the item: named from the register, or as the cadre an internal lecturer is. */
    private static boolean taughtBy(AgendaEntry item, LecturerName lecturer) {
        return item.speakers().stream()
                .anyMatch(p -> Objects.equals(p.lecturerId(), lecturer.id())
                        || (lecturer.cadreId() != null && Objects.equals(p.cadreId(), lecturer.cadreId())));
    }
}
