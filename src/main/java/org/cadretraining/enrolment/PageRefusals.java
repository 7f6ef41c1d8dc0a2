package org.cadretraining.enrolment;

import java.util.HashMap;
import java.util.Map;
import org.cadretraining.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.FieldError;

/**
 * Shows a rule's refusal next to the form (or the row's buttons) it concerns, with the input kept: the page is
 * rendered again with {@code errors[form]} and {@code input[field]}.
 */
@Component
class PageRefusals {

    private final MessageSource messages;

    PageRefusals(MessageSource messages) {
        this.messages = messages;
    }

    void show(Model model, String form, DomainException refusal, Map<String, String> input) {
        if (refusal.kind() == DomainException.Kind.FORBIDDEN || refusal.kind() == DomainException.Kind.NOT_FOUND) {
            throw refusal;
        }
        Map<String, String> errors = new HashMap<>();
        errors.put(
                form, messages.getMessage(refusal.messageKey(), refusal.arguments(), LocaleContextHolder.getLocale()));
        model.addAttribute("errors", errors);
        model.addAttribute("input", input);
    }

    /** A field its text could not be bound to, with our sentence naming the field. */
    void show(Model model, String form, FieldError error, Map<String, String> input) {
        model.addAttribute("errors", Map.of(form, messages.getMessage(error, LocaleContextHolder.getLocale())));
        model.addAttribute("input", input);
    }

    static DomainException invalidNumber(String field) {
        return DomainException.invalid(field, "enrolment.number.invalid");
    }
}
