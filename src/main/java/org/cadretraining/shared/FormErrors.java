package org.cadretraining.shared;

import org.springframework.validation.BindingResult;

/** Puts a rule's refusal next to the field it concerns, so the form can be shown again with the input kept. */
public final class FormErrors {

    private FormErrors() {}

    public static void reject(BindingResult errors, DomainException refusal) {
        if (refusal.kind() == DomainException.Kind.FORBIDDEN || refusal.kind() == DomainException.Kind.NOT_FOUND) {
            throw refusal;
        }
        if (refusal.field() != null && errors.getFieldType(refusal.field()) != null) {
            errors.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
        } else {
            errors.reject(refusal.messageKey(), refusal.arguments(), null);
        }
    }
}
