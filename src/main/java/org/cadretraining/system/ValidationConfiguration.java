package org.cadretraining.system;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every message about a field, whether a rule refused it or its text could not be read as a date or a number, is a
 * sentence from our bundles naming the field by its label; no framework default reaches a page or the API.
 */
@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static LocalValidatorFactoryBean defaultValidator(ApplicationContext context) {
        LabelledValidator validator = new LabelledValidator();
        validator.setMessageInterpolator(new MessageInterpolatorFactory(context).getObject());
        return validator;
    }

    /** Text that is not a date, a time or a number: {@code typeMismatch} messages with the field's label. */
    @ControllerAdvice
    static class LabelledBindingErrors {

        @InitBinder
        void labelBindingErrors(WebDataBinder binder) {
            Class<?> type = binder.getTarget() != null
                    ? binder.getTarget().getClass()
                    : binder.getTargetType() == null
                            ? null
                            : binder.getTargetType().resolve();
            String formName = FieldLabels.formName(type);
            binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
                @Override
                protected Object[] getArgumentsForBindError(String objectName, String field) {
                    return new Object[] {FieldLabels.of(formName, field)};
                }
            });
        }
    }
}
