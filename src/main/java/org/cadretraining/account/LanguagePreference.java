package org.cadretraining.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.cadretraining.shared.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * When a signed-in person switches language ({@code ?lang=en}), the choice is kept on their account, so it follows
 * them to their next sign-in on any device; the cookie alone would stay on this browser.
 */
@Component
class LanguagePreference implements HandlerInterceptor {

    static final String PARAMETER = "lang";

    private final AccountRepository accounts;

    LanguagePreference(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String requested = request.getParameter(PARAMETER);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (requested != null
                && authentication != null
                && authentication.getPrincipal() instanceof CurrentUser.Source) {
            supported(requested)
                    .ifPresent(tag ->
                            accounts.updateLocale(CurrentUser.of(authentication).accountId(), tag));
        }
        return true;
    }

    /** Chinese and English are offered; any other request leaves the account's choice alone. */
    static Optional<String> supported(String requested) {
        String language =
                Locale.forLanguageTag(requested.strip().replace('_', '-')).getLanguage();
        return switch (language) {
            case "zh" -> Optional.of(Locale.SIMPLIFIED_CHINESE.toLanguageTag());
            case "en" -> Optional.of(Locale.ENGLISH.toLanguageTag());
            default -> Optional.empty();
        };
    }
}
