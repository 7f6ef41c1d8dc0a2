package org.cadretraining.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ApiController("/api/v1/courses/{courseId}/evaluation")
@Tag(
        name = "Answering a questionnaire",
        description = "A trainee reads the questions and submits their answers once, while the questionnaire is open."
                + " Answers are stored without the trainee's identity and without a time.")
class AnswerApiController {

    /** A question to answer: the field that carries the answer, the item it is about (null: the course). */
    record AskedQuestion(
            String field,
            Long agendaItemId,
            QuestionKind kind,
            String textZh,
            String textEn,
            boolean required,
            List<TemplateApiController.OptionBody> options) {}

    record SheetResponse(
            long courseId,
            Instant opensAt,
            Instant closesAt,
            Questionnaire.Phase phase,
            boolean answered,
            List<AskedQuestion> questions) {}

    /**
     * The answers by field: a rating or satisfaction level as "1" to "5", the numbers (from 0) of the chosen options,
     * or the text.
     */
    record AnswersBody(Map<String, List<String>> answers) {}

    private final AnswerDesk desk;

    AnswerApiController(AnswerDesk desk) {
        this.desk = desk;
    }

    @Operation(summary = "The questions the caller is to answer")
    @GetMapping("/sheet")
    SheetResponse sheet(@PathVariable long courseId) {
        AnswerSheet sheet = desk.sheet(courseId, CurrentUser.get());
        return new SheetResponse(
                courseId,
                sheet.questionnaire().opensAt(),
                sheet.questionnaire().closesAt(),
                sheet.phase(),
                sheet.answered(),
                sheet.asked().stream()
                        .map(a -> new AskedQuestion(
                                a.field(),
                                a.item() == null ? null : a.item().item().id(),
                                a.question().kind(),
                                a.label().zh(),
                                a.label().en(),
                                a.question().required(),
                                a.question().options().stream()
                                        .map(o -> new TemplateApiController.OptionBody(o.zh(), o.en()))
                                        .toList()))
                        .toList());
    }

    @Operation(
            summary = "Submit the caller's answers, once",
            description = "204 when stored. 400 for an answer its question does not allow (named in the problem), 403"
                    + " for someone not trained in the course, 409 before opening, after closing or the second time.")
    @PostMapping("/responses")
    ResponseEntity<Void> submit(@PathVariable long courseId, @RequestBody AnswersBody body) {
        desk.submit(courseId, body.answers() == null ? Map.of() : body.answers(), CurrentUser.get());
        return ResponseEntity.noContent().build();
    }
}
