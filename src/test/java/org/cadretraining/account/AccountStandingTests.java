package org.cadretraining.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An account as it stands now: the same person its aggregate gives, with every role; nobody once disabled. */
@AccountWebTest
class AccountStandingTests {

    @Autowired
    Accounts accounts;

    @Autowired
    TestAccounts testAccounts;

    @Test
    void anEnabledAccountStandsWithEveryRoleAsItsAggregateSays() {
        Account account = testAccounts.ready(
                TestAccounts.unique("teacher"),
                "x-password-1",
                EnumSet.of(Role.ORGANISER, Role.CLASS_TEACHER, Role.NEWS_EDITOR),
                null,
                null);

        assertThat(accounts.standing(account.id())).contains(account.toCurrentUser());
        assertThat(accounts.standing(account.id()).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.ORGANISER, Role.CLASS_TEACHER, Role.NEWS_EDITOR);
    }

    @Test
    void aDisabledOrUnknownAccountDoesNotStand() {
        Account account = testAccounts.ready(TestAccounts.unique("organiser"), "x-password-1", Role.ORGANISER);
        testAccounts.disable(account);

        assertThat(accounts.standing(account.id())).isEmpty();
        assertThat(accounts.standing(-1)).isEmpty();
    }
}
