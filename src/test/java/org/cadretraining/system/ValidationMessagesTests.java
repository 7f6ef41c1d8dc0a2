package org.cadretraining.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.beans.Introspector;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.MessageCodesResolver;

/**
 * For every constraint on every validated type of the code base, the message a reader would see is one of ours, in
 * Chinese and in English, and names the field by its label: no Hibernate Validator or Spring default can reach a
 * page or the API. A new form field with a constraint and no label, or a constraint with no message, fails here.
 */
class ValidationMessagesTests {

    private static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private static ResourceBundleMessageSource messages;
    private static LabelledValidator validator;
    private static final MessageCodesResolver codes = new DefaultMessageCodesResolver();

    @BeforeAll
    static void setUp() throws IOException {
        Properties application = new Properties();
        try (InputStream in = ValidationMessagesTests.class.getResourceAsStream("/application.properties")) {
            application.load(in);
        }
        messages = new ResourceBundleMessageSource();
        messages.setBasenames(
                application.getProperty("spring.messages.basename").split(","));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        validator = new LabelledValidator();
        validator.afterPropertiesSet();
    }

    @Test
    void everyConstraintOfEveryFormHasOurSentenceNamingTheFieldInBothLanguages() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : validatedTypes()) {
            String objectName = Introspector.decapitalize(type.getSimpleName());
            for (PropertyDescriptor property :
                    validator.getConstraintsForClass(type).getConstrainedProperties()) {
                for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
                    checked++;
                    String where = type.getName() + "." + property.getPropertyName() + " @"
                            + constraint.getAnnotation().annotationType().getSimpleName();
                    problems.addAll(problemsOf(objectName, property, constraint, where));
                }
            }
        }
        assertThat(checked).as("constraints found").isGreaterThan(100);
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void aLengthLimitNamesTheFieldAndTheLimit() {
        Object[] arguments = {FieldLabels.of("declarationForm", "title"), 300, 0};
        String[] sizeCodes = codes.resolveMessageCodes("Size", "declarationForm", "title", String.class);
        assertThat(messages.getMessage(new DefaultMessageSourceResolvable(sizeCodes, arguments), Locale.CHINESE))
                .isEqualTo("培训名称最多 300 个字。");
        assertThat(messages.getMessage(new DefaultMessageSourceResolvable(sizeCodes, arguments), Locale.ENGLISH))
                .isEqualTo("Training title: at most 300 characters.");
    }

    private List<String> problemsOf(
            String objectName, PropertyDescriptor property, ConstraintDescriptor<?> constraint, String where) {
        List<String> problems = new ArrayList<>();
        String field = property.getPropertyName();
        String errorCode = validator.errorCodeOf(constraint);
        Object[] arguments = validator.argumentsOf(objectName, field, constraint);
        String[] messageCodes = codes.resolveMessageCodes(errorCode, objectName, field, property.getElementClass());
        boolean ownKey =
                !errorCode.equals(constraint.getAnnotation().annotationType().getSimpleName());
        for (Locale locale : LOCALES) {
            try {
                messages.getMessage(new DefaultMessageSourceResolvable(messageCodes, arguments, null), locale);
            } catch (NoSuchMessageException | IllegalArgumentException missing) {
                problems.add(where + ": no message " + errorCode + " in " + locale + " (" + missing.getMessage() + ")");
            }
            if (!ownKey) {
                try {
                    messages.getMessage(
                            new DefaultMessageSourceResolvable(((MessageSourceResolvable) arguments[0]).getCodes()),
                            locale);
                } catch (NoSuchMessageException missing) {
                    problems.add(where + ": no label " + FieldLabels.PREFIX + field + " (or " + FieldLabels.PREFIX
                            + objectName + "." + field + ") in " + locale);
                }
            }
        }
        return problems;
    }

    private static List<Class<?>> validatedTypes() {
        List<Class<?>> types = new ArrayList<>();
        for (JavaClass javaClass : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cadretraining")) {
            Class<?> type = javaClass.reflect();
            if (!type.isAnnotation()
                    && !type.isInterface()
                    && validator.getConstraintsForClass(type).isBeanConstrained()) {
                types.add(type);
            }
        }
        return types;
    }
}
