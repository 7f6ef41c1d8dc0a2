package org.cadretraining.attendance;

import java.util.EnumSet;
import java.util.Set;
import org.cadretraining.account.Accounts;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Real accounts to hold staff-device grants (a grant is checked against its holder's account on every use), and the
 * changes that must stop their devices: disabling the account, taking a role away.
 */
class DeviceHolders {

    private final TestAccounts testAccounts;
    private final Accounts accounts;
    private final JdbcClient jdbc;

    DeviceHolders(TestAccounts testAccounts, Accounts accounts, JdbcClient jdbc) {
        this.testAccounts = testAccounts;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    CurrentUser organiser() {
        return account(EnumSet.of(Role.ORGANISER), null);
    }

    /** The class teacher's own account, for a cadre enrolled as the course's class teacher. */
    CurrentUser classTeacher(long cadreId) {
        return account(EnumSet.of(Role.CADRE, Role.CLASS_TEACHER), cadreId);
    }

    CurrentUser account(Set<Role> roles, Long cadreId) {
        String username = TestAccounts.unique("device-holder");
        testAccounts.ready(username, "Device holder password 2026", roles, cadreId, null);
        long id = jdbc.sql("select id from account where username = ?")
                .param(username)
                .query(Long.class)
                .single();
        return accounts.standing(id).orElseThrow();
    }

    void disable(CurrentUser holder) {
        jdbc.sql("update account set enabled = false where id = ?")
                .param(holder.accountId())
                .update();
    }

    void takeRole(CurrentUser holder, Role role) {
        jdbc.sql("delete from account_role where account_id = ? and role = ?")
                .params(holder.accountId(), role.name())
                .update();
    }
}
