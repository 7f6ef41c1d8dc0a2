package org.cadretraining.credit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The institution's requirements by rank tier, one per tier and category, editable by the administrator. */
@Component
class Requirements {

    private final JdbcClient jdbc;
    private final Clock clock;

    Requirements(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Requirement> all() {
        return jdbc.sql("select tier, category, hours, period_years, days from credit_requirement"
                        + " order by tier, category")
                .query((rs, n) -> new Requirement(
                        rs.getString("tier"),
                        CreditCategory.valueOf(rs.getString("category")),
                        CreditHours.of(rs.getBigDecimal("hours")),
                        rs.getInt("period_years"),
                        rs.getObject("days", Integer.class)))
                .list();
    }

    /** The requirement of a tier and category among {@code all}, read once per request. */
    static Requirement of(List<Requirement> all, String tier, CreditCategory category) {
        return all.stream()
                .filter(r -> r.tier().equals(tier) && r.category() == category)
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    void save(List<Requirement> requirements, CurrentUser user) {
        if (!user.has(Role.ADMINISTRATOR)) {
            throw DomainException.forbidden();
        }
        Timestamp now = Timestamp.from(clock.instant());
        for (Requirement requirement : requirements) {
            jdbc.sql("""
                            update credit_requirement set hours = :hours, period_years = :period, days = :days,
                                   changed_at = :now, changed_by = :by
                            where tier = :tier and category = :category
                            """)
                    .param("hours", requirement.hours().value())
                    .param("period", requirement.periodYears())
                    .param("days", requirement.category() == CreditCategory.FULL_TIME ? requirement.days() : null)
                    .param("now", now)
                    .param("by", user.username())
                    .param("tier", requirement.tier())
                    .param("category", requirement.category().name())
                    .update();
        }
    }
}
