package org.cadretraining.news;

import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page on which the administrator sets who makes an approved article live: a publisher, or the reviewer. */
@Controller
class ReviewSettingController {

    static final String PUBLISHER = "publisher";
    static final String REVIEWER = "reviewer";

    private final ReviewSettings settings;

    ReviewSettingController(ReviewSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/news/review-setting")
    String show(Model model) {
        CurrentUser user = CurrentUser.get();
        NewsRights.requireSettingReader(user);
        model.addAttribute("setting", settings.current());
        model.addAttribute("mayChange", user.has(Role.ADMINISTRATOR));
        return "news/review-setting";
    }

    @PostMapping("/news/review-setting")
    String save(@RequestParam(required = false) String publishedBy, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        NewsRights.requireSettingKeeper(user);
        settings.save(new ReviewSetting(reviewerPublishes(publishedBy)), user.username());
        redirect.addFlashAttribute("notice", "news.setting.saved");
        return "redirect:/news/review-setting";
    }

    /** The form sends one of two choices; anything else is a request no page makes. */
    private static boolean reviewerPublishes(String publishedBy) {
        if (REVIEWER.equals(publishedBy)) {
            return true;
        }
        if (PUBLISHER.equals(publishedBy)) {
            return false;
        }
        throw DomainException.invalid("publishedBy", "news.setting.choose");
    }
}
