package org.cadretraining.account;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AccountWebConfiguration implements WebMvcConfigurer {

    private final LanguagePreference languagePreference;
    private final OneTimePasswordApiGate oneTimePasswordApiGate;

    AccountWebConfiguration(LanguagePreference languagePreference, OneTimePasswordApiGate oneTimePasswordApiGate) {
        this.languagePreference = languagePreference;
        this.oneTimePasswordApiGate = oneTimePasswordApiGate;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(languagePreference).excludePathPatterns("/api/**");
        registry.addInterceptor(oneTimePasswordApiGate).addPathPatterns("/api/**");
    }
}
