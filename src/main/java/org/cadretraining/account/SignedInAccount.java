package org.cadretraining.account;

import java.util.Collection;
import java.util.List;
import org.cadretraining.shared.CurrentUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal of a signed-in account; it is kept in the shared session, so it holds no secrets. */
class SignedInAccount implements UserDetails, CredentialsContainer, CurrentUser.Source {

    private final CurrentUser currentUser;
    private final String displayName;
    private String passwordHash;
    private final boolean enabled;
    private final boolean mustChangePassword;

    SignedInAccount(Account account) {
        this.currentUser = account.toCurrentUser();
        this.displayName = account.displayName();
        this.passwordHash = account.passwordHash();
        this.enabled = account.enabled();
        this.mustChangePassword = account.mustChangePassword();
    }

    /** Still signed in with a one-time password: fine for the page that replaces it, not for anything else. */
    boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public CurrentUser currentUser() {
        return currentUser;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = currentUser.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return currentUser.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
