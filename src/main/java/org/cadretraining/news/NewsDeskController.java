package org.cadretraining.news;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.ZoneId;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The newsroom's pages: the list of articles and the article form (the review steps are NewsReviewController's). */
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
}
