package org.cadretraining.leave;

import java.util.Locale;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Decisions on a leave request from the leave page: approve (confirming past the cap), reject with a note, or take
 * back. A refusal is shown next to its request on the page; one who may not see the request gets 403 or 404.
 */
@Controller
class LeaveDecisionController {

    /** A decision that may be refused, as the page sends it. */
    @FunctionalInterface
    private interface Decision {
        void take(CurrentUser user);
    }

    private final LeaveApproval approval;
    private final LeaveAsking asking;
    private final LeaveRequests requests;
    private final LeavePage page;
    private final MessageSource messages;

    LeaveDecisionController(
            LeaveApproval approval,
            LeaveAsking asking,
            LeaveRequests requests,
            LeavePage page,
            MessageSource messages) {
        this.approval = approval;
        this.asking = asking;
        this.requests = requests;
        this.page = page;
        this.messages = messages;
    }

    @PostMapping("/courses/{courseId}/leave/{requestId}/approve")
    String approve(
            @PathVariable long courseId,
            @PathVariable long requestId,
            @RequestParam(defaultValue = "false") boolean confirm,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return decide(
                courseId,
                requestId,
                "",
                user -> approval.approve(requestId, confirm, user),
                "leave.approve.done",
                model,
                locale,
                redirect);
    }

    @PostMapping("/courses/{courseId}/leave/{requestId}/reject")
    String reject(
            @PathVariable long courseId,
            @PathVariable long requestId,
            @RequestParam(defaultValue = "") String note,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return decide(
                courseId,
                requestId,
                note,
                user -> approval.reject(requestId, note, user),
                "leave.reject.done",
                model,
                locale,
                redirect);
    }

    @PostMapping("/courses/{courseId}/leave/{requestId}/cancel")
    String cancel(
            @PathVariable long courseId,
            @PathVariable long requestId,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return decide(
                courseId,
                requestId,
                "",
                user -> asking.cancel(requestId, user),
                "leave.cancel.done",
                model,
                locale,
                redirect);
    }

    private String decide(
            long courseId,
            long requestId,
            String note,
            Decision decision,
            String done,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        if (requests.find(requestId).filter(r -> r.courseId() == courseId).isEmpty()) {
            throw DomainException.notFound("leave.request.notFound");
        }
        try {
            decision.take(CurrentUser.get());
        } catch (DomainException refusal) {
            if (refusal.kind() == DomainException.Kind.FORBIDDEN || refusal.kind() == DomainException.Kind.NOT_FOUND) {
                throw refusal;
            }
            String message = messages.getMessage(refusal.messageKey(), refusal.arguments(), locale);
            boolean confirmation = "confirm".equals(refusal.field());
            var shown = new LeavePage.Refusal(requestId, message, confirmation, note);
            return page.render(courseId, page.emptyForm(), shown, model);
        }
        redirect.addFlashAttribute("notice", done);
        return "redirect:/courses/" + courseId + "/leave";
    }
}
