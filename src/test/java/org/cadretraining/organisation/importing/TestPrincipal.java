package org.cadretraining.organisation.importing;

import java.util.Collection;
import java.util.Set;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in person as the application sees one (a {@link CurrentUser.Source}), without an account behind it. */
record TestPrincipal(CurrentUser currentUser) implements UserDetails, CurrentUser.Source {

    private static long nextId = 9000;

    static synchronized TestPrincipal of(String username, Set<Role> roles, Long liaisonUnitId) {
        return new TestPrincipal(new CurrentUser(nextId++, username, roles, null, liaisonUnitId));
    }

    static TestPrincipal administrator() {
        return of("admin", Set.of(Role.ADMINISTRATOR), null);
    }

    static TestPrincipal organiser() {
        return of("organiser", Set.of(Role.ORGANISER), null);
    }

    static TestPrincipal liaison(long unitId) {
        return of("liaison", Set.of(Role.UNIT_LIAISON), unitId);
    }

    static TestPrincipal cadre() {
        return of("cadre", Set.of(Role.CADRE), null);
    }

    public String getDisplayName() {
        return currentUser.username();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return currentUser.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return "";
    }

    @Override
    public String getUsername() {
        return currentUser.username();
    }
}
