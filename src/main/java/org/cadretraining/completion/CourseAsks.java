package org.cadretraining.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cadretraining.completion.CompletionStanding.Decision;
import org.cadretraining.completion.CompletionStanding.Reason;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.springframework.stereotype.Component;

/**
 * What a course asks of its trainees besides their standing in attendance and leave: the required 学时, a
 * reflection report where it asks for one, and the conditions other modules keep ({@link CompletionCondition}).
 * Read when a decision is made, so a change to any of them needs no re-judging.
 */
@Component
class CourseAsks {

    private final CompletionRules rules;
    private final Reflections reflections;
    private final ReasonTexts texts;
    private final List<CompletionCondition> conditions;

    CourseAsks(
            CompletionRules rules, Reflections reflections, ReasonTexts texts, List<CompletionCondition> conditions) {
        this.rules = rules;
        this.reflections = reflections;
        this.texts = texts;
        this.conditions = List.copyOf(conditions);
    }

    /** The course's demands, read once for deciding every trainee. */
    Asked of(CourseSummary course) {
        List<CompletionCondition.Demand> demands = conditions.stream()
                .map(condition -> condition.demandOf(course.id()))
                .flatMap(Optional::stream)
                .toList();
        return new Asked(course, rules.reflectionRequired(course.id()), reflections.submitters(course.id()), demands);
    }

    /** One course's demands; {@link #decide} adds the unmet ones to a trainee's standing. */
    final class Asked {
        private final CourseSummary course;
        private final boolean reflectionRequired;
        private final Set<Long> reflected;
        private final List<CompletionCondition.Demand> demands;

        private Asked(
                CourseSummary course,
                boolean reflectionRequired,
                Set<Long> reflected,
                List<CompletionCondition.Demand> demands) {
            this.course = course;
            this.reflectionRequired = reflectionRequired;
            this.reflected = reflected;
            this.demands = demands;
        }

        boolean reflectionRequired() {
            return reflectionRequired;
        }

        Decision decide(CompletionStanding standing) {
            List<Reason> unmet = new ArrayList<>();
            for (CompletionCondition.Demand demand : demands) {
                if (!demand.metBy().contains(standing.cadreId())) {
                    unmet.add(new Reason(NonCompletion.CONDITION_UNMET, demand.reason()));
                }
            }
            return standing.decided(
                    course.requiredHours(), reflectionRequired, reflected.contains(standing.cadreId()), unmet, texts);
        }
    }
}
