package org.cadretraining.documents;

import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Where a cadre makes, replaces or stops the secret link to their own calendar. */
@Controller
class MyCalendarController {

    private final CalendarTokens tokens;

    MyCalendarController(CalendarTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/my/calendar")
    String show(Model model) {
        long cadreId = cadreOf(CurrentUser.get());
        model.addAttribute("inUse", tokens.inUse(cadreId).orElse(null));
        return "documents/my-calendar";
    }

    @PostMapping("/my/calendar")
    String create(RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        String token = tokens.create(cadreOf(user), user.username());
        // shown once, right after creation: only its hash is kept
        redirect.addFlashAttribute(
                "newLink",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/calendar/{token}.ics")
                        .buildAndExpand(token)
                        .toUriString());
        return "redirect:/my/calendar";
    }

    @PostMapping("/my/calendar/revoke")
    String revoke(RedirectAttributes redirect) {
        tokens.revoke(cadreOf(CurrentUser.get()));
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/my/calendar";
    }

    private static long cadreOf(CurrentUser user) {
        if (user.cadreId() == null) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "documents.my.noCadre", null);
        }
        return user.cadreId();
    }
}
