package org.cadretraining.report;

import java.util.Locale;
import org.cadretraining.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page after sign-in: the panels of each role the person holds. */
@Controller
class HomeViewController {

    private final HomePanels panels;

    HomeViewController(HomePanels panels) {
        this.panels = panels;
    }

    @GetMapping("/")
    String home(Locale locale, Model model) {
        model.addAttribute("sections", panels.of(CurrentUser.get(), locale));
        return "report/home";
    }
}
