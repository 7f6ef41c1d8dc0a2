package org.cadretraining.evaluation;

import jakarta.servlet.http.HttpServletResponse;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reminding those who have not answered: a preview that says how many and who (and who by email too), then the
 * round, sent only from the preview's confirmed button. A refused round shows the preview again with the reason.
 */
@Controller
class ReminderViewController {

    private final Reminders reminders;
    private final MessageSource messages;

    ReminderViewController(Reminders reminders, MessageSource messages) {
        this.reminders = reminders;
        this.messages = messages;
    }

    @GetMapping("/courses/{id}/evaluation/reminders")
    String preview(@PathVariable long id, Model model) {
        model.addAttribute("preview", reminders.preview(id, CurrentUser.get()));
        return "evaluation/reminders";
    }

    @PostMapping("/courses/{id}/evaluation/reminders")
    String send(
            @PathVariable long id,
            @RequestParam(required = false) String expected,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            reminders.send(id, count(expected), ResponseRateApiController.answerAddress(id), CurrentUser.get());
            redirect.addFlashAttribute("notice", "evaluation.reminder.sent");
            return "redirect:/courses/" + id + "/evaluation";
        } catch (DomainException refusal) {
            if (refusal.kind() == DomainException.Kind.FORBIDDEN || refusal.kind() == DomainException.Kind.NOT_FOUND) {
                throw refusal;
            }
            response.setStatus(refusal.kind().status());
            model.addAttribute(
                    "refusal",
                    messages.getMessage(refusal.messageKey(), refusal.arguments(), LocaleContextHolder.getLocale()));
            return preview(id, model);
        }
    }

    /** The count the sender was shown; anything that is not a number counts as no confirmation. */
    private static Integer count(String expected) {
        try {
            return expected == null ? null : Integer.valueOf(expected.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
