package org.cadretraining.evaluation;

import java.time.Instant;
import java.util.List;
import org.cadretraining.course.CourseCatalog.CourseSummary;

/**
 * A course's questionnaire results: how many responses there are and how many are needed before anything is shown
 * ({@code minAnswers}); when reached, the course questions' results; each evaluated item with its own count and,
 * when that reaches the threshold too, its results. {@code at} is when they were counted.
 */
record CourseResults(
        CourseSummary course,
        Template template,
        long responses,
        int minAnswers,
        boolean shown,
        List<QuestionResult> courseQuestions,
        List<ItemResults> items,
        Instant at) {

    CourseResults {
        courseQuestions = shown ? List.copyOf(courseQuestions) : List.of();
        items = List.copyOf(items);
    }

    /** The course questions on a scale, for the course's profile (the radar chart). */
    public List<QuestionResult> profile() {
        return courseQuestions.stream().filter(QuestionResult::scaled).toList();
    }
}
