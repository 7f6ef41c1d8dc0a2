package org.cadretraining.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cadretraining.shared.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Makes accounts for tests through {@link Accounts}, the way an administrator would, and signs them in through the
 * real login form.
 */
public class TestAccounts {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Accounts accounts;
    private final AccountRepository repository;
    private final PasswordEncoder encoder;

    TestAccounts(Accounts accounts, AccountRepository repository, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.repository = repository;
        this.encoder = encoder;
    }

    /** A username no other test uses. */
    public static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }

    /** A new account that has already chosen {@code password}, so sign-in leads straight to the pages. */
    public Account ready(String username, String password, Role... roles) {
        return ready(username, password, EnumSet.copyOf(List.of(roles)), null, null);
    }

    public Account ready(String username, String password, Set<Role> roles, Long cadreId, Long liaisonUnitId) {
        accounts.create(username, "Test " + username, roles, cadreId, liaisonUnitId);
        Account account = repository.findByUsername(username).orElseThrow();
        account.changePassword(encoder.encode(password));
        return repository.save(account);
    }

    public void disable(Account account) {
        Account current = repository.findById(account.id()).orElseThrow();
        current.setEnabled(false);
        repository.save(current);
    }

    /** Signs in through the login form and returns the cookies that carry the session. */
    public static Cookie[] signIn(MockMvc mvc, String username, String password) throws Exception {
        MvcResult result =
                mvc.perform(formLogin().user(username).password(password)).andReturn();
        return result.getResponse().getCookies();
    }
}
