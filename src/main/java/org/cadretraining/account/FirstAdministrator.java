package org.cadretraining.account;

import java.time.Clock;
import java.util.EnumSet;
import org.cadretraining.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On an empty database, creates the administrator with a random one-time password and prints it once to the
 * console (never to the log files); it must be changed at the first sign-in. There is no default password.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    /** In the institution's first language, as the home page greets them; they may rename themselves. */
    static final String DISPLAY_NAME = "系统管理员";

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountRepository accounts;
    private final Clock clock;
    private final JdbcClient jdbc;

    FirstAdministrator(AccountRepository accounts, Clock clock, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Nodes that start together on an empty database take turns here (a transaction-scoped advisory lock): the
     * first makes the administrator, the others find it.
     */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('first-administrator'))")
                .query()
                .singleRow();
        if (accounts.count() > 0) {
            return;
        }
        String password = OneTimePasswords.generate();
        accounts.save(Account.create(
                USERNAME,
                DISPLAY_NAME,
                OneTimePasswords.hash(password),
                EnumSet.of(Role.ADMINISTRATOR),
                null,
                null,
                clock.instant()));
        log.info("Created the first administrator account '{}'", USERNAME);
        System.out.println();
        System.out.println("==============================================================");
        System.out.println(" First start: administrator account created");
        System.out.println("   username:           " + USERNAME);
        System.out.println("   one-time password:  " + password);
        System.out.println(" Sign in and choose a new password; this one is shown only once.");
        System.out.println("==============================================================");
        System.out.println();
    }
}
