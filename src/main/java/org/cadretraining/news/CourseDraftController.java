package org.cadretraining.news;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A news draft from a course: the editor picks a course, then whom to name and the column, and gets a new article
 * with the Chinese original and the English translation written from the record, to edit before review. A course
 * already reported shows the earlier articles first, and a second draft needs the editor's confirmation.
 */
@Controller
class CourseDraftController {

    private final CourseReports reports;
    private final NewsColumns columns;

    CourseDraftController(CourseReports reports, NewsColumns columns) {
        this.reports = reports;
        this.columns = columns;
    }

    @GetMapping("/news/desk/from-course")
    String courses(Model model) {
        NewsRights.require(CurrentUser.get(), Role.NEWS_EDITOR);
        model.addAttribute("courses", reports.reportable());
        return "news/course-drafts";
    }

    @GetMapping("/news/desk/from-course/{courseId}")
    String choose(@PathVariable long courseId, Model model) {
        NewsRights.require(CurrentUser.get(), Role.NEWS_EDITOR);
        CourseReports.Choices choices = reports.choices(courseId);
        return page(choices, choices.suggested(), defaultColumn(), model);
    }

    @PostMapping("/news/desk/from-course/{courseId}/draft")
    String draft(
            @PathVariable long courseId,
            @RequestParam(name = "named", required = false) List<Long> named,
            @RequestParam(required = false) Long columnId,
            @RequestParam(defaultValue = "false") boolean despiteEarlier,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        NewsRights.require(user, Role.NEWS_EDITOR);
        Set<Long> chosen = named == null ? Set.of() : new LinkedHashSet<>(named);
        Long column = columnId != null && columns.byId(columnId).isPresent() ? columnId : defaultColumn();
        try {
            if (column == null) {
                throw DomainException.invalid("columnId", "news.draft.noColumn");
            }
            long article = reports.create(courseId, chosen, column, despiteEarlier, user);
            redirect.addFlashAttribute("notice", "news.draft.generated");
            return "redirect:/news/desk/" + article;
        } catch (DomainException refused) {
            // only the editor's own choices are answered on the page; anything else is the error page's
            if (!"despiteEarlier".equals(refused.field()) && !"columnId".equals(refused.field())) {
                throw refused;
            }
            model.addAttribute("refusal", refused.messageKey());
            model.addAttribute("refusalArguments", refused.arguments());
            return page(reports.choices(courseId), chosen, column, model);
        }
    }

    private String page(CourseReports.Choices choices, Set<Long> named, Long columnId, Model model) {
        model.addAttribute("choices", choices);
        model.addAttribute("named", named);
        model.addAttribute("columns", columns.all());
        model.addAttribute("columnId", columnId);
        return "news/course-draft";
    }

    private Long defaultColumn() {
        return columns.all().stream().findFirst().map(NewsColumn::id).orElse(null);
    }
}
