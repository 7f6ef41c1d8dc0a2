package org.cadretraining.organisation;

import jakarta.validation.Valid;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator keeps the institution's list of ranks (级别). */
@Controller
class RankViewController {

    private final Ranks ranks;

    RankViewController(Ranks ranks) {
        this.ranks = ranks;
    }

    @GetMapping("/admin/ranks")
    String list(Model model) {
        requireAdministrator();
        var all = ranks.editable();
        model.addAttribute("ranks", all);
        model.addAttribute(
                "rank",
                RankForm.empty(all.stream().mapToInt(RankForm::sortOrder).max().orElse(0) + 10));
        return "organisation/ranks";
    }

    @GetMapping("/admin/ranks/{code}")
    String edit(@PathVariable String code, Model model) {
        requireAdministrator();
        RankForm rank = ranks.editable().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("organisation.rank.notFound"));
        model.addAttribute("ranks", ranks.editable());
        model.addAttribute("rank", rank);
        model.addAttribute("editing", true);
        return "organisation/ranks";
    }

    @PostMapping("/admin/ranks")
    String save(
            @Valid @ModelAttribute("rank") RankForm rank,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        requireAdministrator();
        if (errors.hasErrors()) {
            model.addAttribute("ranks", ranks.editable());
            return "organisation/ranks";
        }
        ranks.save(rank);
        redirect.addFlashAttribute("notice", "organisation.rank.saved");
        return "redirect:/admin/ranks";
    }

    private static void requireAdministrator() {
        if (!CurrentUser.get().has(Role.ADMINISTRATOR)) {
            throw DomainException.forbidden();
        }
    }
}
