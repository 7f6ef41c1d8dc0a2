package org.cadretraining.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@ApiController("/api/v1/evaluation/templates")
@Tag(
        name = "Evaluation question bank",
        description = "Questionnaire templates (organisers only). The default template and any template that has"
                + " been answered never change (409); organisers copy a template and edit the copy.")
class TemplateApiController {

    /** A choice's label in both languages. */
    record OptionBody(String zh, String en) {}

    /** A question: scope COURSE or ITEM; kind RATING, SATISFACTION, SINGLE_CHOICE, MULTIPLE_CHOICE or FREE_TEXT. */
    record QuestionBody(
            QuestionScope scope,
            QuestionKind kind,
            String textZh,
            String textEn,
            Boolean required,
            List<OptionBody> options) {

        static QuestionBody of(Question q) {
            return new QuestionBody(
                    q.scope(),
                    q.kind(),
                    q.text().zh(),
                    q.text().en(),
                    q.required(),
                    q.options().stream()
                            .map(o -> new OptionBody(o.zh(), o.en()))
                            .toList());
        }

        Question toQuestion() {
            List<LocalizedText> labels = options == null
                    ? List.of()
                    : options.stream()
                            .map(o -> new LocalizedText(o.zh(), o.en()))
                            .toList();
            return QuestionForm.question(
                    scope, kind, new LocalizedText(textZh, textEn), labels, Boolean.TRUE.equals(required));
        }
    }

    record TemplateSummary(
            long id,
            String titleZh,
            String titleEn,
            boolean isDefault,
            Long copiedFrom,
            int questions,
            boolean answered) {}

    record TemplateResponse(
            long id,
            String titleZh,
            String titleEn,
            boolean isDefault,
            Long copiedFrom,
            boolean answered,
            List<QuestionBody> questions) {

        static TemplateResponse of(Template t, boolean answered) {
            return new TemplateResponse(
                    t.id(),
                    t.title().zh(),
                    t.title().en(),
                    t.isDefault(),
                    t.copiedFrom(),
                    answered,
                    t.questions().stream().map(QuestionBody::of).toList());
        }
    }

    /** A template's new title and questions, replacing the old ones; for a copy, the copy's title (optional). */
    record TemplateBody(String titleZh, String titleEn, List<QuestionBody> questions) {}

    private final QuestionBank bank;

    TemplateApiController(QuestionBank bank) {
        this.bank = bank;
    }

    @Operation(summary = "The templates of the question bank")
    @GetMapping
    List<TemplateSummary> list() {
        return bank.list(CurrentUser.get()).stream()
                .map(t -> new TemplateSummary(
                        t.id(),
                        t.title().zh(),
                        t.title().en(),
                        t.isDefault(),
                        t.copiedFrom(),
                        t.questions(),
                        t.answered()))
                .toList();
    }

    @Operation(summary = "A template with its questions")
    @GetMapping("/{id}")
    TemplateResponse show(@PathVariable long id) {
        QuestionBank.Shown shown = bank.show(id, CurrentUser.get());
        return TemplateResponse.of(shown.template(), shown.answered());
    }

    @Operation(summary = "Copy a template", description = "The copy is editable; its title defaults to the source's.")
    @PostMapping("/{id}/copies")
    ResponseEntity<TemplateResponse> copy(@PathVariable long id, @RequestBody(required = false) TemplateBody body) {
        LocalizedText title = body == null ? null : new LocalizedText(body.titleZh(), body.titleEn());
        long copy = bank.copy(id, title, CurrentUser.get());
        QuestionBank.Shown shown = bank.show(copy, CurrentUser.get());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/evaluation/templates/{id}")
                        .buildAndExpand(copy)
                        .toUri())
                .body(TemplateResponse.of(shown.template(), false));
    }

    @Operation(
            summary = "Replace a copy's title and questions",
            description = "Refused with 409 for the default template and for a template that has been answered.")
    @PutMapping("/{id}")
    TemplateResponse revise(@PathVariable long id, @RequestBody TemplateBody body) {
        List<Question> questions = body.questions() == null
                ? List.of()
                : body.questions().stream().map(QuestionBody::toQuestion).toList();
        Template revised = bank.revise(
                id,
                template -> template.withQuestions(new LocalizedText(body.titleZh(), body.titleEn()), questions),
                CurrentUser.get());
        return TemplateResponse.of(revised, false);
    }
}
