package org.cadretraining.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends every session of an account, on every node, when an administrator disables it, changes what it may do or
 * resets its password: a session must not keep rights the account no longer has. When the account's owner changes
 * the password, every sign-in but the one they changed it in ends: whoever knew the old password is out.
 */
@Component
class SignedInSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

    SignedInSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.sessions = sessions;
    }

    /** After a password change: every other sign-in of the account ends, the one that changed it goes on. */
    void endAllOtherThan(String username, String keptSessionId) {
        sessions.ifAvailable(repository -> repository.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keptSessionId))
                .forEach(repository::deleteById));
    }

    void endAllOf(String username) {
        sessions.ifAvailable(
                repository -> repository.findByPrincipalName(username).keySet().forEach(repository::deleteById));
    }
}
