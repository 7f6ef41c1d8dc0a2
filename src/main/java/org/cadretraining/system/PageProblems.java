package org.cadretraining.system;

import jakarta.servlet.http.HttpServletResponse;
import org.cadretraining.shared.DomainException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A refused request on a page is shown on the error page with its own status and explanation. */
@ControllerAdvice
class PageProblems {

    @ExceptionHandler(DomainException.class)
    String refused(DomainException ex, Model model, HttpServletResponse response) {
        response.setStatus(ex.kind().status());
        model.addAttribute("status", ex.kind().status());
        model.addAttribute("messageKey", ex.messageKey());
        model.addAttribute("messageArguments", ex.arguments());
        return "error";
    }

    /**
     * A form field the page never sends, such as a list index it never writes ({@code lines[abc]}), is a bad
     * request with a sentence, never a server error.
     */
    @ExceptionHandler(InvalidPropertyException.class)
    String unreadableForm(Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("status", 400);
        model.addAttribute("messageKey", "problem.unreadableForm");
        return "error";
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(Model model, HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("status", 403);
        model.addAttribute("messageKey", "problem.forbidden");
        return "error";
    }
}
