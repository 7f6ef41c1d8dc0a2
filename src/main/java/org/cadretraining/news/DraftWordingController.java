package org.cadretraining.news;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.news.draft.DraftSettings;
import org.cadretraining.news.draft.DraftTemplate;
import org.cadretraining.news.draft.Placeholder;
import org.cadretraining.news.draft.Shape;
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
 * The newsroom's page for the wording of course drafts: each shape's template in each language, edited with a
 * preview against a real course of the institution, and the settings all drafts follow. Editors and publishers may
 * change them; a template with a placeholder that does not exist is refused with a sentence naming the line.
 */
@Controller
class DraftWordingController {

    private final DraftWording wording;
    private final CourseReports reports;

    DraftWordingController(DraftWording wording, CourseReports reports) {
        this.wording = wording;
        this.reports = reports;
    }

    @GetMapping("/news/desk/templates")
    String list(Model model) {
        require();
        model.addAttribute("templates", wording.all());
        model.addAttribute("settings", wording.settings());
        return "news/draft-templates";
    }

    @GetMapping("/news/desk/templates/{shape}/{language}")
    String edit(
            @PathVariable String shape,
            @PathVariable String language,
            @RequestParam(required = false) Long course,
            Model model) {
        require();
        Shape which = shape(shape);
        Language in = language(language);
        return page(which, in, wording.template(which, in).text(), course, List.of(), model);
    }

    @PostMapping("/news/desk/templates/{shape}/{language}")
    String save(
            @PathVariable String shape,
            @PathVariable String language,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) Long course,
            @RequestParam(defaultValue = "preview") String action,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser user = require();
        Shape which = shape(shape);
        Language in = language(language);
        List<DraftTemplate.Problem> problems = DraftTemplate.problems(body);
        if (problems.isEmpty() && action.equals("save")) {
            wording.save(which, in, body, user);
            redirect.addFlashAttribute("notice", "news.template.saved");
            return "redirect:/news/desk/templates/" + which.name() + "/" + in.name()
                    + (course == null ? "" : "?course=" + course);
        }
        return page(which, in, body, course, problems, model);
    }

    @PostMapping("/news/desk/templates/settings")
    String settings(
            @RequestParam(defaultValue = "") String titleMarks,
            @RequestParam(defaultValue = "") String chineseOnlyNames,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser user = require();
        Optional<DraftSettings.TitleMarks> marks = parse(DraftSettings.TitleMarks.class, titleMarks);
        Optional<DraftSettings.ChineseOnlyNames> names = parse(DraftSettings.ChineseOnlyNames.class, chineseOnlyNames);
        if (marks.isEmpty() || names.isEmpty()) {
            throw DomainException.invalid("titleMarks", "news.template.settings.invalid");
        }
        wording.save(new DraftSettings(marks.get(), names.get()), user);
        redirect.addFlashAttribute("notice", "news.template.settings.saved");
        return "redirect:/news/desk/templates";
    }

    private String page(
            Shape shape,
            Language language,
            String body,
            Long course,
            List<DraftTemplate.Problem> problems,
            Model model) {
        List<CourseSummary> courses = reports.reportable();
        Long previewed = course != null && courses.stream().anyMatch(c -> c.id() == course)
                ? course
                : courses.stream().findFirst().map(CourseSummary::id).orElse(null);
        model.addAttribute("shape", shape);
        model.addAttribute("language", language);
        model.addAttribute("body", body);
        model.addAttribute("problems", problems);
        model.addAttribute(
                "placeholders",
                Arrays.stream(Placeholder.values()).map(Placeholder::key).toList());
        model.addAttribute("courses", courses);
        model.addAttribute("course", previewed);
        if (previewed != null && problems.isEmpty()) {
            model.addAttribute("preview", reports.preview(previewed, language, DraftTemplate.parse(body)));
            model.addAttribute("courseShape", reports.shape(previewed));
        }
        return "news/draft-template";
    }

    private static CurrentUser require() {
        CurrentUser user = CurrentUser.get();
        if (!user.has(Role.NEWS_EDITOR) && !user.has(Role.NEWS_PUBLISHER)) {
            throw DomainException.forbidden();
        }
        return user;
    }

    private static Shape shape(String name) {
        return parse(Shape.class, name).orElseThrow(() -> DomainException.notFound("news.template.notFound"));
    }

    private static Language language(String code) {
        return parse(Language.class, code).orElseThrow(() -> DomainException.notFound("news.template.notFound"));
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(name))
                .findFirst();
    }
}
