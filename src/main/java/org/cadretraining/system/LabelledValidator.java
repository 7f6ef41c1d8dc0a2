package org.cadretraining.system;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Bean Validation whose messages all come from our bundles. A constraint that names its own message
 * ({@code message = "{credit.external.titleRequired}"}) is resolved by that key; any other one by the constraint's
 * name ({@code Size}, {@code NotBlank}, ... in {@code messages/validation}), never by Hibernate Validator's default
 * text. The first argument is the field's label ({@link FieldLabels}), the constraint's attributes follow in
 * alphabetical order, as Spring passes them.
 */
class LabelledValidator extends LocalValidatorFactoryBean {

    private static final Pattern OWN_KEY = Pattern.compile("\\{([^{}]+)}");

    @Override
    protected String determineErrorCode(ConstraintDescriptor<?> descriptor) {
        String own = ownKey(descriptor.getMessageTemplate());
        return own != null ? own : super.determineErrorCode(descriptor);
    }

    /**
     * The type being validated, for the labels: Spring asks for a field's label by the model attribute's name only,
     * which differs from page to page ({@code cadre}, {@code form}).
     */
    private static final ThreadLocal<Class<?>> VALIDATED = new ThreadLocal<>();

    @Override
    protected void processConstraintViolations(Set<ConstraintViolation<Object>> violations, Errors errors) {
        VALIDATED.set(violations.isEmpty() ? null : violations.iterator().next().getRootBeanClass());
        try {
            super.processConstraintViolations(violations, errors);
        } finally {
            VALIDATED.remove();
        }
    }

    @Override
    protected MessageSourceResolvable getResolvableField(String objectName, String field) {
        Class<?> validated = VALIDATED.get();
        return FieldLabels.of(validated == null ? objectName : FieldLabels.formName(validated), field);
    }

    /** Exposed for the test that checks every constraint of every form against the bundles. */
    String errorCodeOf(ConstraintDescriptor<?> descriptor) {
        return determineErrorCode(descriptor);
    }

    Object[] argumentsOf(String objectName, String field, ConstraintDescriptor<?> descriptor) {
        return getArgumentsForConstraint(objectName, field, descriptor);
    }

    private static String ownKey(String template) {
        Matcher matcher = OWN_KEY.matcher(template == null ? "" : template);
        if (matcher.matches()
                && !matcher.group(1).startsWith("jakarta.validation.")
                && !matcher.group(1).startsWith("org.hibernate.")) {
            return matcher.group(1);
        }
        return null;
    }
}
