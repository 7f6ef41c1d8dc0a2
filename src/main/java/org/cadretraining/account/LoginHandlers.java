package org.cadretraining.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.cadretraining.shared.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After sign-in: the account's language is applied, and a one-time password must be replaced before anything
 * else. A failed sign-in says only that the username or password was wrong, or that the sign-in must wait, for an
 * unknown username exactly as for a known one.
 */
@Configuration(proxyBeanMethods = false)
class LoginHandlers {

    static final String MUST_CHANGE_PASSWORD = "mustChangePassword";

    @Bean
    AuthenticationSuccessHandler loginSuccessHandler(AccountRepository accounts, LocaleResolver localeResolver) {
        SavedRequestAwareAuthenticationSuccessHandler usual = new SavedRequestAwareAuthenticationSuccessHandler();
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            Account account = accounts.findById(CurrentUser.of(authentication).accountId())
                    .orElseThrow();
            if (account.locale() != null) {
                localeResolver.setLocale(request, response, Locale.forLanguageTag(account.locale()));
            }
            if (account.mustChangePassword()) {
                request.getSession().setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
                response.sendRedirect(request.getContextPath() + PasswordController.PATH);
                return;
            }
            usual.onAuthenticationSuccess(request, response, authentication);
        };
    }

    @Bean
    AuthenticationFailureHandler loginFailureHandler() {
        return (request, response, exception) -> redirect(
                request, response, exception instanceof LimitedSignIn.SignInDelayed ? "/login?wait" : "/login?error");
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        response.sendRedirect(request.getContextPath() + path);
    }
}
