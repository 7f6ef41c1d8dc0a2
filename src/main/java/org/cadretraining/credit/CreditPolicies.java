package org.cadretraining.credit;

import java.sql.Timestamp;
import java.time.Clock;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The credit policy in force, read from the database each time so that every node applies the same. */
@Component
class CreditPolicies {

    private final JdbcClient jdbc;
    private final Clock clock;

    CreditPolicies(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    CreditPolicy current() {
        return jdbc.sql("select carry_over, rank_change, promotion_months from credit_policy where id = 1")
                .query((rs, n) -> new CreditPolicy(rs.getBoolean(1), RankChange.valueOf(rs.getString(2)), rs.getInt(3)))
                .optional()
                .orElse(CreditPolicy.DEFAULTS);
    }

    /** Saves the policy; the administrator and the organisers keep the institution's rules. */
    @Transactional
    void save(CreditPolicy policy, CurrentUser user) {
        if (!keepsRules(user)) {
            throw DomainException.forbidden();
        }
        jdbc.sql("""
                        update credit_policy set carry_over = ?, rank_change = ?, promotion_months = ?,
                               changed_at = ?, changed_by = ?
                        where id = 1
                        """)
                .params(
                        policy.carryOver(),
                        policy.rankChange().name(),
                        policy.promotionMonths(),
                        Timestamp.from(clock.instant()),
                        user.username())
                .update();
    }

    static boolean keepsRules(CurrentUser user) {
        return user.has(Role.ADMINISTRATOR) || user.has(Role.ORGANISER);
    }
}
