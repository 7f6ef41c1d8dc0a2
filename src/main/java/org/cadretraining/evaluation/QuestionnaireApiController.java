package org.cadretraining.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ApiController("/api/v1/courses/{courseId}/evaluation")
@Tag(
        name = "Course questionnaire",
        description = "A course's evaluation questionnaire: organisers set it up and close it; organisers and the"
                + " course's class teacher read how many trainees have answered (never who gave which answer).")
class QuestionnaireApiController {

    /** The questionnaire's settings with its phase (NOT_OPEN, OPEN, CLOSED) and the response count. */
    record QuestionnaireResponse(
            long templateId,
            List<Long> itemIds,
            Instant opensAt,
            Instant closesAt,
            boolean requiredForCompletion,
            Questionnaire.Phase phase,
            int answered,
            int trainees) {}

    /** New settings; the template and the items cannot change once anyone has answered. */
    record QuestionnaireBody(
            Long templateId, List<Long> itemIds, Instant opensAt, Instant closesAt, Boolean requiredForCompletion) {

        Questionnaire toQuestionnaire(long courseId) {
            if (templateId == null) {
                throw DomainException.invalid("templateId", "evaluation.questionnaire.templateRequired");
            }
            return new Questionnaire(
                    courseId,
                    templateId,
                    opensAt,
                    closesAt,
                    Boolean.TRUE.equals(requiredForCompletion),
                    itemIds == null
                            ? List.of()
                            : itemIds.stream().distinct().sorted().toList());
        }
    }

    private final Questionnaires questionnaires;

    QuestionnaireApiController(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    @Operation(summary = "The course's questionnaire and how many have answered")
    @GetMapping
    QuestionnaireResponse show(@PathVariable long courseId) {
        return response(questionnaires.overview(courseId, CurrentUser.get()));
    }

    @Operation(summary = "Set up or change the course's questionnaire")
    @PutMapping
    QuestionnaireResponse setUp(@PathVariable long courseId, @RequestBody QuestionnaireBody body) {
        questionnaires.setUp(courseId, () -> body.toQuestionnaire(courseId), CurrentUser.get());
        return show(courseId);
    }

    @Operation(summary = "Close the questionnaire now")
    @PostMapping("/close")
    QuestionnaireResponse close(@PathVariable long courseId) {
        questionnaires.close(courseId, CurrentUser.get());
        return show(courseId);
    }

    private static QuestionnaireResponse response(Questionnaires.Overview overview) {
        Questionnaire q =
                overview.questionnaire().orElseThrow(() -> DomainException.notFound("evaluation.questionnaire.none"));
        return new QuestionnaireResponse(
                q.templateId(),
                q.itemIds(),
                q.opensAt(),
                q.closesAt(),
                q.requiredForCompletion(),
                overview.phase(),
                overview.answered(),
                overview.trainees());
    }
}
