package org.cadretraining.attendance;

import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Takes a field study's vehicles and seating over from another field study of the course, in one step. */
@Controller
class VehicleCopyController {

    private final VehicleCopy copies;
    private final AttendanceRights rights;
    private final MessageSource messages;

    VehicleCopyController(VehicleCopy copies, AttendanceRights rights, MessageSource messages) {
        this.copies = copies;
        this.rights = rights;
        this.messages = messages;
    }

    @PostMapping("/attendance/courses/{courseId}/items/{itemId}/vehicles/copy")
    String copy(
            @PathVariable long courseId,
            @PathVariable long itemId,
            @RequestParam(defaultValue = "") String sourceItemId,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        rights.requireRunsCheckIn(courseId, user);
        try {
            int seated = copies.copy(courseId, itemId, sourceId(sourceItemId), user);
            redirect.addFlashAttribute("copied", seated);
        } catch (DomainException refusal) {
            if (refusal.kind() != DomainException.Kind.INVALID) {
                throw refusal;
            }
            // the form is one choice from a list, so nothing typed is lost by answering on the page after a redirect
            redirect.addFlashAttribute(
                    "copyRefused",
                    messages.getMessage(refusal.messageKey(), refusal.arguments(), LocaleContextHolder.getLocale()));
        }
        return "redirect:/attendance/courses/" + courseId + "/items/" + itemId + "/vehicles";
    }

    private static long sourceId(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("source", "attendance.vehicles.copy.unknown");
        }
    }
}
