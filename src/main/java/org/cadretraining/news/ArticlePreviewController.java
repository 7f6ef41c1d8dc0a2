package org.cadretraining.news;

import java.util.Locale;
import org.cadretraining.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The preview of an article before it goes to review: the portal's own article template, so that what the newsroom
 * sees is what readers will see, in the language the page is asked in (as on the portal), with a bar above it that
 * says it is a preview and leads back to the editor.
 */
@Controller
class ArticlePreviewController {

    private final ArticlePreview preview;
    private final NewsColumns columns;

    ArticlePreviewController(ArticlePreview preview, NewsColumns columns) {
        this.preview = preview;
        this.columns = columns;
    }

    @GetMapping("/news/desk/{id:\\d+}/preview")
    String preview(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("article", preview.of(id, Language.of(locale), CurrentUser.get()));
        model.addAttribute("columns", columns.all());
        model.addAttribute("preview", true);
        return "news/portal-article";
    }
}
