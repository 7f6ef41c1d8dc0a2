package org.cadretraining.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Pages use a form login with a session kept in the database and CSRF tokens; the JSON API under {@code /api} uses
 * HTTP Basic without a session, so no cookie can ever authorise an API call.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; "
                    + "frame-ancestors 'none'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Operations endpoints and the OpenAPI document, for machines (HTTP Basic) and for people already signed in (their
     * session): the health probes are open to a load balancer; the metrics, which show routes, sign-in failures and
     * versions, only to administrators; the API's description to anyone signed in.
     */
    @Bean
    @Order(0)
    SecurityFilterChain operations(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMINISTRATOR")
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.realmName("cadre-training"))
                .headers(this::headers);
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationEntryPoint apiSignInRefusals) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        // staff devices authenticate with a signed, expiring device token the endpoint checks itself
                        .requestMatchers(HttpMethod.POST, "/api/v1/attendance/courses/*/scans")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                // 401 for a wrong account, 429 when the sign-in must wait (the account module's limits)
                .httpBasic(basic -> basic.authenticationEntryPoint(apiSignInRefusals))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(this::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http,
            AuthenticationSuccessHandler loginSuccessHandler,
            AuthenticationFailureHandler loginFailureHandler)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/vendor/**",
                                "/img/**",
                                "/favicon.ico",
                                "/favicon.svg",
                                "/attendance/sw.js",
                                "/attendance/device.webmanifest",
                                "/error",
                                "/verify/**")
                        .permitAll()
                        // a phone that scanned the screen's code before signing in: the scan's moment is kept in a
                        // signed ticket, and the ticket's own address asks for the sign-in
                        .requestMatchers(HttpMethod.GET, "/check-in", "/check-in/*")
                        .permitAll()
                        // the public news portal; the newsroom under /news/desk needs a signed-in person
                        .requestMatchers(
                                HttpMethod.GET,
                                "/news",
                                "/news/columns/**",
                                "/news/articles/**",
                                "/news/search",
                                "/sitemap.xml")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(loginSuccessHandler)
                        .failureHandler(loginFailureHandler)
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // the token in a cookie, not in the session: a look at the sign-in page (or any page with a form)
                // by someone not signed in then writes no session row; forms and htmx still send it back
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokensInACookie()))
                .headers(this::headers);
        return http.build();
    }

    private static CsrfTokenRepository csrfTokensInACookie() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        // the header name the pages' scripts (and offline devices) have always sent
        tokens.setHeaderName("X-CSRF-TOKEN");
        return tokens;
    }

    private void headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny());
    }
}
