package org.cadretraining.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@ApiController("/api/v1/evaluation/courses/{courseId}/results")
@Tag(
        name = "Evaluation results",
        description = "A course's questionnaire results for its organisers and class teacher: per question the"
                + " distribution, the mean and the number of answers; free texts sorted by their wording, with no"
                + " name. Nothing of the course is given below the minimum number of answers, and nothing of an"
                + " evaluated item below that minimum of its own answers: only the counts.")
class ResultsApiController {

    /**
     * The course's results. {@code shown} is false while {@code responses} is below {@code minAnswers}; then
     * {@code courseQuestions} is empty and so is every item's {@code questions}.
     */
    record ResultsResponse(
            long courseId,
            long responses,
            int minAnswers,
            boolean shown,
            Instant countedAt,
            List<QuestionBody> courseQuestions,
            List<ItemBody> items) {}

    /** An evaluated agenda item: its responses and, when they reach the minimum, its mean and questions. */
    record ItemBody(
            long itemId,
            String titleZh,
            String titleEn,
            String speakersZh,
            String speakersEn,
            long responses,
            boolean shown,
            BigDecimal mean,
            List<QuestionBody> questions) {}

    /**
     * One question's results. {@code counts} hold, for a scale (RATING, SATISFACTION), how many chose 1 to 5; for a
     * choice, how many chose each option in {@code options}' order; empty for FREE_TEXT, whose {@code texts} are
     * listed instead.
     */
    record QuestionBody(
            int position,
            QuestionKind kind,
            String textZh,
            String textEn,
            List<LocalizedText> options,
            long answers,
            List<Long> counts,
            BigDecimal mean,
            List<String> texts) {

        static QuestionBody of(QuestionResult r) {
            Question q = r.question();
            return new QuestionBody(
                    q.position(),
                    q.kind(),
                    q.text().zh(),
                    q.text().en(),
                    q.options(),
                    r.answers(),
                    r.counts(),
                    r.mean(),
                    r.texts());
        }
    }

    private final ResultsReading reading;

    ResultsApiController(ResultsReading reading) {
        this.reading = reading;
    }

    @Operation(summary = "The course's questionnaire results, above the minimum number of answers")
    @ApiResponse(responseCode = "200", description = "The results, or only the counts below the minimum")
    @ApiResponse(
            responseCode = "403",
            description = "Not an organiser nor the course's class teacher",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No such course, or it has no questionnaire",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping
    ResultsResponse results(@PathVariable long courseId) {
        CourseResults results = reading.of(courseId, CurrentUser.get());
        return new ResultsResponse(
                courseId,
                results.responses(),
                results.minAnswers(),
                results.shown(),
                results.at(),
                results.courseQuestions().stream().map(QuestionBody::of).toList(),
                results.items().stream()
                        .map(i -> new ItemBody(
                                i.item().item().id(),
                                i.item().title().zh(),
                                i.item().title().en(),
                                i.item().speakers().zh(),
                                i.item().speakers().en(),
                                i.responses(),
                                i.shown(),
                                i.mean(),
                                i.questions().stream().map(QuestionBody::of).toList()))
                        .toList());
    }
}
