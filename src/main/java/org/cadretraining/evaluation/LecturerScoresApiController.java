package org.cadretraining.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@ApiController("/api/v1/evaluation/lecturers")
@Tag(
        name = "Lecturer scores",
        description = "Lecturers' scores from the evaluated items they taught: the mean of the items' scale"
                + " questions, the number of responses, per year. An item counts only from the minimum number of"
                + " answers on. Organisers read every lecturer's; a lecturer reads their own; nobody else any.")
class LecturerScoresApiController {

    /** A lecturer's scores over the items shown; {@code items} lists every evaluated item, shown or not. */
    record ScoreBody(
            long lecturerId,
            String nameZh,
            String nameEn,
            long answers,
            BigDecimal mean,
            List<YearBody> years,
            List<ItemBody> items) {}

    record YearBody(int year, long answers, BigDecimal mean) {}

    /** An evaluated item; below the minimum ({@code shown} false) it has its responses and no mean. */
    record ItemBody(
            long courseId,
            String courseZh,
            String courseEn,
            long itemId,
            LocalDate day,
            String titleZh,
            String titleEn,
            long responses,
            boolean shown,
            BigDecimal mean) {}

    private final LecturerScores scores;

    LecturerScoresApiController(LecturerScores scores) {
        this.scores = scores;
    }

    @Operation(summary = "Every lecturer's scores (organisers)")
    @ApiResponse(responseCode = "200", description = "The lecturers who taught an evaluated item")
    @ApiResponse(
            responseCode = "403",
            description = "Not an organiser",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/scores")
    List<ScoreBody> all() {
        return scores.all(CurrentUser.get()).stream()
                .map(LecturerScoresApiController::body)
                .toList();
    }

    @Operation(summary = "One lecturer's scores (organisers, or the lecturer themself)")
    @ApiResponse(responseCode = "200", description = "The scores")
    @ApiResponse(
            responseCode = "403",
            description = "Neither an organiser nor this lecturer",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No such lecturer",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{id}/scores")
    ScoreBody one(@PathVariable long id) {
        return body(scores.of(id, CurrentUser.get()));
    }

    private static ScoreBody body(LecturerScore score) {
        return new ScoreBody(
                score.lecturer().id(),
                score.lecturer().name().zh(),
                score.lecturer().name().en(),
                score.answers(),
                score.mean(),
                score.years().stream()
                        .map(y -> new YearBody(y.year(), y.answers(), y.mean()))
                        .toList(),
                score.items().stream()
                        .map(i -> new ItemBody(
                                i.course().id(),
                                i.course().title().zh(),
                                i.course().title().en(),
                                i.item().id(),
                                i.item().day(),
                                i.item().title().zh(),
                                i.item().title().en(),
                                i.responses(),
                                i.shown(),
                                i.shown() ? i.mean() : null))
                        .toList());
    }
}
