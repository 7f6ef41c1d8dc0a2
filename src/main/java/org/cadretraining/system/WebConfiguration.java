package org.cadretraining.system;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Chinese by default, English on request ({@code ?lang=en}); the choice is kept in a cookie and on the account. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    /**
     * The institution's time zone ({@code app.time-zone}, one setting for the whole system): agenda times are local
     * times there, and every page, PDF, feed, calendar and export shows times in it, taking the zone from this clock.
     */
    @Bean
    Clock clock(@Value("${app.time-zone:Asia/Shanghai}") ZoneId zone) {
        return Clock.system(zone);
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
        resolver.setDefaultLocale(DEFAULT_LOCALE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    /**
     * Links in pages stay as written. Spring Boot would otherwise rewrite every {@code @{...}} link through the static
     * resource chain, and each link that is not a static file (most of them) is looked for in every jar on the class
     * path, on every render: a quarter of a page's time. Webjar links without a version still resolve when requested,
     * and stay the very paths the staff device's service worker keeps for offline use.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> linksStayAsWritten() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
