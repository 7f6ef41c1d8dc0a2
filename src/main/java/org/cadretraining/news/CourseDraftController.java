package org.cadretraining.news;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A news draft from a course: the editor picks a course, then whom to name and the column, and gets the normal
 * article form filled in with the Chinese original and the English translation. Nothing is saved until they save
 * it; the steps are GETs, so going back and choosing again is harmless.
 */
@Controller
class CourseDraftController {

    private final CourseReports reports;
    private final NewsColumns columns;
    private final NewsDeskController desk;

    CourseDraftController(CourseReports reports, NewsColumns columns, NewsDeskController desk) {
        this.reports = reports;
        this.columns = columns;
        this.desk = desk;
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
        model.addAttribute("choices", choices);
        model.addAttribute("named", choices.suggested());
        model.addAttribute("columns", columns.all());
        model.addAttribute("columnId", defaultColumn());
        return "news/course-draft";
    }

    @GetMapping("/news/desk/from-course/{courseId}/draft")
    String draft(
            @PathVariable long courseId,
            @RequestParam(name = "named", required = false) List<Long> named,
            @RequestParam(required = false) Long columnId,
            Model model) {
        NewsRights.require(CurrentUser.get(), Role.NEWS_EDITOR);
        Set<Long> chosen = named == null ? Set.of() : new LinkedHashSet<>(named);
        Long column = columnId != null && columns.byId(columnId).isPresent() ? columnId : defaultColumn();
        // without any column the editor cannot save, and the form says so when they try
        long inColumn = column == null ? 0 : column;
        model.addAttribute("form", ArticleForm.of(inColumn, Language.zh, reports.draft(courseId, chosen)));
        model.addAttribute("notice", "news.draft.generated");
        return desk.newArticleForm(model);
    }

    private Long defaultColumn() {
        return columns.all().stream().findFirst().map(NewsColumn::id).orElse(null);
    }
}
