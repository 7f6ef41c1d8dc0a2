package org.cadretraining.news;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.cadretraining.news.draft.Draft;
import org.cadretraining.news.draft.DraftTemplate;
import org.cadretraining.news.draft.Shape;
import org.cadretraining.news.draft.TemplateRefused;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ApiController("/api/v1/news")
@Tag(name = "News drafts", description = "News drafts written from a course's record, and their wording")
class CourseDraftApiController {

    /** A draft in one language: the headline and the paragraphs, as plain text. */
    record DraftText(String title, List<String> paragraphs) {}

    record CourseDraft(
            long courseId, Shape shape, DraftText zh, DraftText en, List<CourseReports.ReportedArticle> reported) {}

    record TemplateText(String text) {}

    private final CourseReports reports;
    private final DraftWording wording;

    CourseDraftApiController(CourseReports reports, DraftWording wording) {
        this.reports = reports;
        this.wording = wording;
    }

    @GetMapping("/course-drafts/{courseId}")
    @Operation(
            summary = "The Chinese and English drafts of a course's news report",
            description = "Written from the course's record in the newsroom's wording for its shape; nothing is"
                    + " saved. The articles already written about the course are listed so that it is not reported"
                    + " twice. News editors only; a course not yet under way is a 409.")
    CourseDraft draft(@PathVariable long courseId) {
        NewsRights.require(CurrentUser.get(), Role.NEWS_EDITOR);
        return new CourseDraft(
                courseId,
                reports.shape(courseId),
                text(reports.preview(courseId, Language.zh, wording.template(reports.shape(courseId), Language.zh))),
                text(reports.preview(courseId, Language.en, wording.template(reports.shape(courseId), Language.en))),
                reports.choices(courseId).reported());
    }

    @GetMapping("/draft-templates/{shape}/{language}")
    @Operation(summary = "The newsroom's wording template for a shape of course in a language")
    TemplateText template(@PathVariable Shape shape, @PathVariable Language language) {
        requireWording();
        return new TemplateText(wording.template(shape, language).text());
    }

    @PutMapping("/draft-templates/{shape}/{language}")
    @Operation(
            summary = "Change the wording template for a shape of course in a language",
            description = "A placeholder that does not exist, unpaired braces or a template without {title} is a 400"
                    + " whose detail names the line. News editors and publishers.")
    ResponseEntity<Void> save(
            @PathVariable Shape shape, @PathVariable Language language, @RequestBody TemplateText template) {
        CurrentUser user = requireWording();
        String text = template == null || template.text() == null ? "" : template.text();
        try {
            wording.save(shape, language, text, user);
        } catch (TemplateRefused refused) {
            DraftTemplate.Problem first = refused.problems().getFirst();
            throw DomainException.invalid("text", first.key(), first.arguments().toArray());
        }
        return ResponseEntity.noContent().build();
    }

    private static CurrentUser requireWording() {
        CurrentUser user = CurrentUser.get();
        if (!user.has(Role.NEWS_EDITOR) && !user.has(Role.NEWS_PUBLISHER)) {
            throw DomainException.forbidden();
        }
        return user;
    }

    private static DraftText text(Draft draft) {
        return new DraftText(draft.title(), draft.paragraphs());
    }
}
