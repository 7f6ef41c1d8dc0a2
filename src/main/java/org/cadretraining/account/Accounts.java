package org.cadretraining.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitNode;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and administers accounts. A new or reset password is a one-time password: it is returned once, kept only
 * as a hash, and must be replaced by its owner at their next sign-in.
 */
@Service
public class Accounts {

    // Logs name accounts by id and never carry a password, a username or a display name: ids say what happened
    // without putting personal data into log files.
    private static final Logger log = LoggerFactory.getLogger(Accounts.class);

    /** Letters (any script), digits and {@code . _ - @}; staff numbers and e-mail addresses fit. */
    static final String USERNAME_PATTERN = "[\\p{L}\\p{N}._@-]{2,64}";

    private final AccountRepository accounts;
    private final OrganisationDirectory directory;
    private final SignedInSessions sessions;
    private final AccountStandings standings;
    private final Clock clock;

    Accounts(
            AccountRepository accounts,
            OrganisationDirectory directory,
            SignedInSessions sessions,
            AccountStandings standings,
            Clock clock) {
        this.accounts = accounts;
        this.standings = standings;
        this.directory = directory;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Creates an enabled account and returns its one-time password. A unit liaison needs the unit whose subtree they
     * look after; a cadre needs their cadre record.
     *
     * @throws DomainException naming the field at fault ({@code username}, {@code displayName}, {@code roles},
     *     {@code cadreId} or {@code liaisonUnitId})
     */
    @Transactional
    public String create(String username, String displayName, Set<Role> roles, Long cadreId, Long liaisonUnitId) {
        List<DomainException> problems = newAccountProblems(username, displayName, roles, cadreId, liaisonUnitId);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        String name = username.strip();
        String display = displayName.strip();
        String password = OneTimePasswords.generate();
        Account created = accounts.save(Account.create(
                name, display, OneTimePasswords.hash(password), roles, cadreId, liaisonUnitId, clock.instant()));
        log.info("Account {} created with roles {}", created.id(), roles);
        return password;
    }

    /** Why {@link #create} would refuse this account, first things first; empty when it would make it. */
    @Transactional(readOnly = true)
    public List<DomainException> newAccountProblems(
            String username, String displayName, Set<Role> roles, Long cadreId, Long liaisonUnitId) {
        String name = username == null ? "" : username.strip();
        List<DomainException> problems = new ArrayList<>();
        if (!name.matches(USERNAME_PATTERN)) {
            problems.add(DomainException.invalid("username", "account.username.pattern"));
        } else if (accounts.findByUsername(name).isPresent()) {
            problems.add(DomainException.conflict("username", "account.username.taken", name));
        }
        displayNameProblem(displayName).ifPresent(problems::add);
        problems.addAll(rolesAndScopeProblems(null, roles, cadreId, liaisonUnitId));
        return problems;
    }

    /** Changes what an account may do; the person's open sessions end so that the change applies at once. */
    @Transactional
    void change(long id, AccountChange change, CurrentUser administrator) {
        Account account = find(id);
        boolean self = account.id() == administrator.accountId();
        if (self && !change.roles().contains(Role.ADMINISTRATOR)) {
            throw DomainException.invalid("roles", "account.self.administrator");
        }
        if (self && !change.enabled()) {
            throw DomainException.invalid("enabled", "account.self.disable");
        }
        displayNameProblem(change.displayName()).ifPresent(problem -> {
            throw problem;
        });
        checkRolesAndScope(account.id(), change.roles(), change.cadreId(), change.liaisonUnitId());
        boolean narrowed = !account.roleSet().equals(change.roles())
                || !Objects.equals(account.cadreId(), change.cadreId())
                || !Objects.equals(account.liaisonUnitId(), change.liaisonUnitId())
                || (account.enabled() && !change.enabled());
        account.rename(change.displayName().strip());
        account.assign(change.roles(), change.cadreId(), change.liaisonUnitId());
        account.setEnabled(change.enabled());
        accounts.save(account);
        if (narrowed && !self) {
            sessions.endAllOf(account.username());
        }
        log.info(
                "Account {} changed by account {}: roles {}, enabled {}",
                id,
                administrator.accountId(),
                change.roles(),
                change.enabled());
    }

    /** Gives an account a new one-time password and ends its sessions; administrators change their own elsewhere. */
    @Transactional
    String resetPassword(long id, CurrentUser administrator) {
        Account account = find(id);
        if (account.id() == administrator.accountId()) {
            throw DomainException.conflict(null, "account.self.reset");
        }
        String password = OneTimePasswords.generate();
        account.resetPassword(OneTimePasswords.hash(password));
        accounts.save(account);
        sessions.endAllOf(account.username());
        log.info("Account {} given a one-time password by account {}", id, administrator.accountId());
        return password;
    }

    /**
     * The person behind an account as they stand now, with their current roles and cadre record; empty when the
     * account is disabled or gone. Read from the database on each call, so that a change made on any node counts at
     * once (a staff device's token is checked this way on every use).
     */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> standing(long accountId) {
        return standings.enabled(accountId);
    }

    Account find(long id) {
        return accounts.findById(id).orElseThrow(() -> DomainException.notFound("account.notFound"));
    }

    private static Optional<DomainException> displayNameProblem(String displayName) {
        String display = displayName == null ? "" : displayName.strip();
        return display.isEmpty() || display.length() > 100
                ? Optional.of(DomainException.invalid("displayName", "account.displayName.length"))
                : Optional.empty();
    }

    private void checkRolesAndScope(Long accountId, Set<Role> roles, Long cadreId, Long liaisonUnitId) {
        List<DomainException> problems = rolesAndScopeProblems(accountId, roles, cadreId, liaisonUnitId);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
    }

    /** Every rule about roles and scope that the account would break, so that a form can show them all at once. */
    List<DomainException> rolesAndScopeProblems(Long accountId, Set<Role> roles, Long cadreId, Long liaisonUnitId) {
        List<DomainException> problems = new ArrayList<>();
        if (roles == null || roles.isEmpty()) {
            problems.add(DomainException.invalid("roles", "account.roles.required"));
            roles = Set.of();
        }
        if (roles.contains(Role.UNIT_LIAISON) && liaisonUnitId == null) {
            problems.add(DomainException.invalid("liaisonUnitId", "account.liaisonUnit.required"));
        } else if (roles.contains(Role.UNIT_LIAISON)
                && directory.allUnits().stream().map(UnitNode::id).noneMatch(liaisonUnitId::equals)) {
            problems.add(DomainException.invalid("liaisonUnitId", "account.liaisonUnit.unknown"));
        }
        if (roles.contains(Role.CADRE) && cadreId == null) {
            problems.add(DomainException.invalid("cadreId", "account.cadre.required"));
        }
        if (cadreId != null && directory.cadre(cadreId).isEmpty()) {
            problems.add(DomainException.invalid("cadreId", "account.cadre.unknown"));
        } else if (cadreId != null) {
            accounts.findByCadreId(cadreId)
                    .filter(other -> !other.id().equals(accountId))
                    .ifPresent(other ->
                            problems.add(DomainException.conflict("cadreId", "account.cadre.taken", other.username())));
        }
        return problems;
    }
}
