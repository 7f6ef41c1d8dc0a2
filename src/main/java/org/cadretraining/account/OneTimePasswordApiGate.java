package org.cadretraining.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cadretraining.shared.DomainException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A one-time password only opens the page that replaces it; the API, which has no such page, refuses it. Pages are
 * held back by {@link PasswordChangeGate} instead.
 */
@Component
class OneTimePasswordApiGate implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof SignedInAccount account
                && account.mustChangePassword()) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "account.password.changeFirst", null);
        }
        return true;
    }
}
