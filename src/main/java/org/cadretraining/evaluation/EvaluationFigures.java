package org.cadretraining.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.cadretraining.shared.LocalizedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A course's evaluation as figures for other modules (the course archive of the report module): how many answered
 * and, only where the threshold of answers is reached, the means of the course's and each evaluated item's scale
 * questions. The caller checks who reads them; what the threshold hides stays hidden here too.
 */
@Service
public class EvaluationFigures {

    /** A course question's mean over its ratings (null for a question that is not on a scale). */
    public record QuestionFigure(LocalizedText question, long answers, BigDecimal mean) {}

    /** An evaluated item: its own count of answers and, from the threshold on, its mean. */
    public record ItemFigure(
            long itemId, LocalizedText title, LocalizedText speakers, long answers, boolean shown, BigDecimal mean) {}

    /**
     * The course's figures: {@code shown} tells whether {@code responses} reached {@code minAnswers}; below it the
     * questions are empty and every item is hidden.
     */
    public record CourseFigures(
            long responses, int minAnswers, boolean shown, List<QuestionFigure> questions, List<ItemFigure> items) {}

    private final ResultsReading reading;

    EvaluationFigures(ResultsReading reading) {
        this.reading = reading;
    }

    /** The figures of a course with a questionnaire; empty when the course has none. */
    @Transactional(readOnly = true)
    public Optional<CourseFigures> ofCourse(long courseId) {
        return reading.ofCourse(courseId)
                .map(results -> new CourseFigures(
                        results.responses(),
                        results.minAnswers(),
                        results.shown(),
                        results.courseQuestions().stream()
                                .filter(QuestionResult::scaled)
                                .map(q -> new QuestionFigure(q.question().text(), q.answers(), q.mean()))
                                .toList(),
                        results.items().stream()
                                .map(item -> new ItemFigure(
                                        item.item().item().id(),
                                        item.item().title(),
                                        item.item().speakers(),
                                        item.responses(),
                                        item.shown(),
                                        item.mean()))
                                .toList()));
    }
}
