package org.cadretraining.news;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The column page of the newsroom: the tree of columns, and a form to add, change or delete one. */
@Controller
class ColumnController {

    private final ColumnDesk columns;

    ColumnController(ColumnDesk columns) {
        this.columns = columns;
    }

    @GetMapping("/news/desk/columns")
    String tree(Model model) {
        model.addAttribute("rows", columns.tree(CurrentUser.get()));
        return "news/columns";
    }

    @GetMapping("/news/desk/columns/new")
    String newColumn(Model model) {
        model.addAttribute("form", ColumnForm.empty());
        return form(model, null);
    }

    @PostMapping("/news/desk/columns")
    String create(
            @Valid @ModelAttribute("form") ColumnForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                columns.create(form, CurrentUser.get());
                redirect.addFlashAttribute("notice", "news.column.created");
                return "redirect:/news/desk/columns";
            } catch (DomainException refused) {
                FormErrors.reject(errors, refused);
            }
        }
        return form(model, null);
    }

    @GetMapping("/news/desk/columns/{id:\\d+}")
    String column(@PathVariable long id, Model model) {
        NewsColumn column = columns.get(id, CurrentUser.get());
        model.addAttribute("form", ColumnForm.of(column));
        return form(model, column);
    }

    @PostMapping("/news/desk/columns/{id:\\d+}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ColumnForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        NewsColumn column = columns.get(id, CurrentUser.get());
        if (!errors.hasErrors()) {
            try {
                columns.update(id, form, CurrentUser.get());
                redirect.addFlashAttribute("notice", "news.column.saved");
                return "redirect:/news/desk/columns";
            } catch (DomainException refused) {
                FormErrors.reject(errors, refused);
            }
        }
        return form(model, column);
    }

    @PostMapping("/news/desk/columns/{id:\\d+}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            columns.delete(id, CurrentUser.get());
            redirect.addFlashAttribute("notice", "news.column.deleted");
            return "redirect:/news/desk/columns";
        } catch (DomainException refused) {
            if (refused.kind() == DomainException.Kind.FORBIDDEN || refused.kind() == DomainException.Kind.NOT_FOUND) {
                throw refused;
            }
            redirect.addFlashAttribute("problem", refused.messageKey());
            redirect.addFlashAttribute("problemArguments", refused.arguments());
            return "redirect:/news/desk/columns/" + id;
        }
    }

    /** The form, with the columns it may be put under: never itself or one of its own sub-columns. */
    private String form(Model model, NewsColumn column) {
        List<ColumnRow> rows = columns.tree(CurrentUser.get());
        model.addAttribute("column", column);
        model.addAttribute("parents", column == null ? rows : withoutSubtree(rows, column.id()));
        return "news/column-form";
    }

    private static List<ColumnRow> withoutSubtree(List<ColumnRow> rows, long id) {
        List<ColumnRow> kept = new ArrayList<>();
        int skipDeeperThan = -1;
        for (ColumnRow row : rows) {
            if (skipDeeperThan >= 0 && row.depth() > skipDeeperThan) {
                continue;
            }
            skipDeeperThan = -1;
            if (row.column().id() == id) {
                skipDeeperThan = row.depth();
                continue;
            }
            kept.add(row);
        }
        return kept;
    }
}
