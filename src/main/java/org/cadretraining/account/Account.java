package org.cadretraining.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

@Table("account")
class Account {

    @Id
    private Long id;

    private String username;
    private String passwordHash;
    private String displayName;
    private boolean mustChangePassword;
    private boolean enabled;
    private Long cadreId;
    private Long liaisonUnitId;
    private String locale;
    private Instant createdAt;

    @MappedCollection(idColumn = "account_id")
    private Set<AccountRole> roles = new HashSet<>();

    @Version
    private Integer version;

    Account() {}

    static Account create(
            String username,
            String displayName,
            String passwordHash,
            Set<Role> roles,
            Long cadreId,
            Long liaisonUnitId,
            Instant now) {
        Account account = new Account();
        account.username = username;
        account.displayName = displayName;
        account.passwordHash = passwordHash;
        account.mustChangePassword = true;
        account.enabled = true;
        account.createdAt = now;
        account.assign(roles, cadreId, liaisonUnitId);
        return account;
    }

    void assign(Set<Role> newRoles, Long newCadreId, Long newLiaisonUnitId) {
        this.roles = newRoles.stream().map(AccountRole::new).collect(Collectors.toCollection(HashSet::new));
        this.cadreId = newCadreId;
        this.liaisonUnitId = newRoles.contains(Role.UNIT_LIAISON) ? newLiaisonUnitId : null;
    }

    /** A password chosen by the person themselves ends the obligation to change a one-time password. */
    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    /** A password set for someone else is one-time: they must replace it at their next sign-in. */
    void resetPassword(String oneTimeHash) {
        this.passwordHash = oneTimeHash;
        this.mustChangePassword = true;
    }

    void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    void preferLocale(String languageTag) {
        this.locale = languageTag;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    CurrentUser toCurrentUser() {
        return new CurrentUser(id, username, roleSet(), cadreId, liaisonUnitId);
    }

    Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(r -> set.add(r.role()));
        return set;
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    boolean enabled() {
        return enabled;
    }

    Long cadreId() {
        return cadreId;
    }

    Long liaisonUnitId() {
        return liaisonUnitId;
    }

    String locale() {
        return locale;
    }

    Instant createdAt() {
        return createdAt;
    }
}
