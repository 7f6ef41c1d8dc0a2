package org.cadretraining.news;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The newsroom's pages: the list of articles, the article form, and each step of the workflow. */
@Controller
class NewsDeskController {

    /** The value of the form's "then" button that saves and then shows the preview. */
    private static final String PREVIEW = "preview";

    private final NewsDesk desk;
    private final NewsColumns columns;
    private final NewsDeskList list;
    private final ArticleFormPage formPage;
    private final ZoneId zone;

    NewsDeskController(NewsDesk desk, NewsColumns columns, NewsDeskList list, ArticleFormPage formPage, Clock clock) {
        this.desk = desk;
        this.columns = columns;
        this.list = list;
        this.formPage = formPage;
        this.zone = clock.getZone();
    }

    @GetMapping("/news/desk")
    String desk(Model model) {
        NewsRights.requireNewsStaff(CurrentUser.get());
        model.addAttribute("articles", list.all());
        return "news/desk";
    }

    @GetMapping("/news/desk/new")
    String newArticle(Model model) {
        NewsRights.require(CurrentUser.get(), org.cadretraining.shared.Role.NEWS_EDITOR);
        model.addAttribute(
                "form",
                ArticleForm.empty(
                        columns.all().stream().findFirst().map(NewsColumn::id).orElse(null)));
        return form(model, null);
    }

    @PostMapping("/news/desk")
    String create(
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            @ModelAttribute("media") MediaForm media,
            BindingResult mediaErrors,
            @RequestParam(required = false) String then,
            Model model) {
        if (!errors.hasErrors() && !mediaErrors.hasErrors()) {
            try {
                NewsArticle article = desk.create(
                        form.columnId(),
                        form.originalLanguage(),
                        form.content(),
                        formPage.change(media),
                        CurrentUser.get());
                return "redirect:/news/desk/" + article.id() + (PREVIEW.equals(then) ? "/preview" : "");
            } catch (DomainException refused) {
                reject(refused, errors, mediaErrors);
            }
        }
        return form(model, null);
    }

    @GetMapping("/news/desk/{id}")
    String article(@PathVariable long id, Model model) {
        NewsArticle article = desk.get(id, CurrentUser.get());
        Revision latest = article.latest();
        model.addAttribute(
                "form", ArticleForm.of(article.columnId(), article.originalLanguage(), latest.translations()));
        return form(model, article);
    }

    @PostMapping("/news/desk/{id}")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            @ModelAttribute("media") MediaForm media,
            BindingResult mediaErrors,
            @RequestParam(required = false) String then,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors() && !mediaErrors.hasErrors()) {
            try {
                desk.edit(id, form.columnId(), form.content(), formPage.change(media), CurrentUser.get());
                if (PREVIEW.equals(then)) {
                    return "redirect:/news/desk/" + id + "/preview";
                }
                redirect.addFlashAttribute("notice", "news.desk.saved");
                return "redirect:/news/desk/" + id;
            } catch (DomainException refused) {
                if (refused.kind() == DomainException.Kind.FORBIDDEN) {
                    throw refused;
                }
                reject(refused, errors, mediaErrors);
            }
        }
        return form(model, desk.get(id, CurrentUser.get()));
    }

    @PostMapping("/news/desk/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        return step(id, "news.desk.submitted", redirect, () -> desk.submit(id, CurrentUser.get()));
    }

    @PostMapping("/news/desk/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return step(id, "news.desk.approved", redirect, () -> desk.approve(id, comment, CurrentUser.get()));
    }

    @PostMapping("/news/desk/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return step(id, "news.desk.rejected", redirect, () -> desk.reject(id, comment, CurrentUser.get()));
    }

    @PostMapping("/news/desk/{id}/publish")
    String publish(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime releaseAt,
            RedirectAttributes redirect) {
        Instant at = releaseAt == null ? null : releaseAt.atZone(zone).toInstant();
        return step(id, "news.desk.published", redirect, () -> desk.publish(id, at, CurrentUser.get()));
    }

    @PostMapping("/news/desk/{id}/unpublish")
    String unpublish(
            @PathVariable long id, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return step(id, "news.desk.unpublished", redirect, () -> desk.unpublish(id, comment, CurrentUser.get()));
    }

    /** A refused file is shown next to the file field, anything else next to its own field. */
    private static void reject(DomainException refused, BindingResult errors, BindingResult mediaErrors) {
        boolean aboutFiles = NewsUpload.COVER.equals(refused.field()) || NewsUpload.ATTACHMENTS.equals(refused.field());
        FormErrors.reject(aboutFiles ? mediaErrors : errors, refused);
    }

    /** The form for a new article, its fields already in the model as "form" (a draft from a course). */
    String newArticleForm(Model model) {
        return form(model, null);
    }

    private String form(Model model, NewsArticle article) {
        return formPage.show(model, article);
    }

    /**
     * Takes one step of the workflow. A step the article's state does not allow (or a rejection without a comment)
     * comes back to the article page with the reason; a refusal of the person is an error page.
     */
    private static String step(long id, String notice, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (DomainException refused) {
            if (refused.kind() == DomainException.Kind.FORBIDDEN || refused.kind() == DomainException.Kind.NOT_FOUND) {
                throw refused;
            }
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/news/desk/" + id;
    }
}
