package org.cadretraining.shared;

import java.io.Serializable;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in person as every module sees them: their roles, the cadre record that is theirs and, for a unit
 * liaison, the unit whose subtree they look after.
 */
public record CurrentUser(long accountId, String username, Set<Role> roles, Long cadreId, Long liaisonUnitId)
        implements Serializable {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Administrators and organisers act for the whole institution. */
    public boolean actsForInstitution() {
        return has(Role.ADMINISTRATOR) || has(Role.ORGANISER);
    }

    /** The principal of the current request, when it carries one. */
    public static CurrentUser of(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof Source source) {
            return source.currentUser();
        }
        throw new IllegalStateException("No signed-in user");
    }

    public static CurrentUser get() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /** Implemented by the security principal that the account module creates at sign-in. */
    public interface Source {
        CurrentUser currentUser();

        /** The name to greet the person by. */
        default String displayName() {
            return currentUser().username();
        }
    }
}
