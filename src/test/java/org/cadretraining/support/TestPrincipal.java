package org.cadretraining.support;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A signed-in person for MockMvc tests of modules that only know {@link CurrentUser}. */
public record TestPrincipal(CurrentUser currentUser) implements CurrentUser.Source {

    private static final AtomicLong IDS = new AtomicLong(1_000_000);

    public static RequestPostProcessor as(CurrentUser user) {
        return SecurityMockMvcRequestPostProcessors.authentication(authentication(user));
    }

    public static Authentication authentication(CurrentUser user) {
        return new UsernamePasswordAuthenticationToken(
                new TestPrincipal(user),
                null,
                user.roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList());
    }

    public static CurrentUser administrator() {
        return user(Set.of(Role.ADMINISTRATOR), null, null);
    }

    public static CurrentUser organiser() {
        return user(Set.of(Role.ORGANISER), null, null);
    }

    public static CurrentUser liaison(long unitId) {
        return user(Set.of(Role.UNIT_LIAISON), null, unitId);
    }

    /** A cadre whose account is not linked to a cadre record. */
    public static CurrentUser cadre() {
        return user(Set.of(Role.CADRE), null, null);
    }

    public static CurrentUser cadre(long cadreId) {
        return user(Set.of(Role.CADRE), cadreId, null);
    }

    public static CurrentUser user(Set<Role> roles, Long cadreId, Long liaisonUnitId) {
        long id = IDS.incrementAndGet();
        return new CurrentUser(id, "test-user-" + id, roles, cadreId, liaisonUnitId);
    }
}
