package org.cadretraining.credit.online;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The versions of the online learning rule: the latest applies to what is imported now; old ones are kept. */
@Repository
class OnlineRules {

    private final JdbcClient jdbc;
    private final Clock clock;

    OnlineRules(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    OnlineRule current() {
        int latest = jdbc.sql("select max(version) from online_rule_version")
                .query(Integer.class)
                .single();
        return version(latest);
    }

    @Transactional(readOnly = true)
    OnlineRule version(int version) {
        CreditHours bonus = jdbc.sql("select test_bonus from online_rule_version where version = :v")
                .param("v", version)
                .query((rs, n) -> CreditHours.of(rs.getBigDecimal(1)))
                .single();
        List<OnlineRule.Row> rows = jdbc.sql(
                        "select position, min_minutes, hours from online_rule_row where version = :v order by position")
                .param("v", version)
                .query((rs, n) -> new OnlineRule.Row(
                        rs.getInt("position"), rs.getInt("min_minutes"), CreditHours.of(rs.getBigDecimal("hours"))))
                .list();
        return new OnlineRule(version, bonus, rows);
    }

    /** Saves a changed table as the next version; records already counted keep the version they were counted by. */
    @Transactional
    OnlineRule change(OnlineRuleForm form, CurrentUser user) {
        if (!user.actsForInstitution()) {
            throw DomainException.forbidden();
        }
        // one change at a time: two organisers saving together would otherwise both take the same next number
        jdbc.sql("lock table online_rule_version in share row exclusive mode").update();
        int next = jdbc.sql("select max(version) + 1 from online_rule_version")
                .query(Integer.class)
                .single();
        jdbc.sql("insert into online_rule_version (version, test_bonus, changed_at, changed_by) values (?, ?, ?, ?)")
                .params(next, form.testBonus(), Timestamp.from(clock.instant()), user.username())
                .update();
        List<OnlineRuleForm.RowForm> rows = form.sortedRows();
        for (int i = 0; i < rows.size(); i++) {
            jdbc.sql("insert into online_rule_row (version, position, min_minutes, hours) values (?, ?, ?, ?)")
                    .params(next, i + 1, rows.get(i).minMinutes(), rows.get(i).hours())
                    .update();
        }
        return version(next);
    }
}
