package org.cadretraining.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password, for the sign-in form and for the API's HTTP Basic alike, within the limits of
 * {@link SignInLimits}: the attempt is admitted first, the password checked after, and the outcome counted.
 */
@Component
class LimitedSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInLimits limits;
    private final SignInAlerts alerts;

    LimitedSignIn(
            AccountUserDetailsService accounts, PasswordEncoder encoder, SignInLimits limits, SignInAlerts alerts) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.limits = limits;
        this.alerts = alerts;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = String.valueOf(attempt.getPrincipal());
        String address =
                attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                        ? details.getRemoteAddress()
                        : "";
        if (!limits.admit(username, address)) {
            throw new SignInDelayed();
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            limits.succeeded(username, address);
            return signedIn;
        } catch (BadCredentialsException wrong) {
            alerts.failed(username, address, limits.failedAndCrossedAlertLine(username, address));
            throw wrong;
        } catch (AuthenticationException refused) {
            // a disabled account: it is not the user it was, and counts as a failure of the address
            limits.refused(address);
            throw refused;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many recent failures for this username at this address, or from this address: try again later. */
    static final class SignInDelayed extends AuthenticationException {

        SignInDelayed() {
            super("Too many failed sign-ins from this address; try again later");
        }
    }
}
