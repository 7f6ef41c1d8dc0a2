package org.cadretraining.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends every session of an account, on every node, when an administrator disables it, changes what it may do or
 * resets its password: a session must not keep rights the account no longer has.
 */
@Component
class SignedInSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

    SignedInSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.sessions = sessions;
    }

    void endAllOf(String username) {
        sessions.ifAvailable(
                repository -> repository.findByPrincipalName(username).keySet().forEach(repository::deleteById));
    }
}
