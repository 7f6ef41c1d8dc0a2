package org.cadretraining.credit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.cadretraining.shared.CreditHours;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cadre's standing against the requirements of their rank's tier: for county level and above the full-time hours
 * or days of the last five calendar years (the current one included), for section level and below this year's, and
 * the online hours of this year. A cadre without a rank is held to the section-level requirements. Read from the
 * judgement kept on the cadre's standing row, which the compliance list reads too, so the two judge alike.
 */
@Component
class CadreProgress {

    private final JdbcClient jdbc;
    private final Requirements requirements;
    private final StandingCurrency currency;
    private final CreditPolicies policies;
    private final Clock clock;

    CadreProgress(
            JdbcClient jdbc,
            Requirements requirements,
            StandingCurrency currency,
            CreditPolicies policies,
            Clock clock) {
        this.jdbc = jdbc;
        this.requirements = requirements;
        this.currency = currency;
        this.policies = policies;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    String tierOf(long cadreId) {
        return jdbc.sql("""
                        select coalesce(r.tier, 'SECTION_AND_BELOW') from cadre c
                        left join cadre_rank r on r.code = c.rank_code where c.id = :id
                        """).param("id", cadreId).query(String.class).single();
    }

    @Transactional(readOnly = true)
    List<Progress> of(long cadreId) {
        currency.ensureCurrent();
        Year current = Year.now(clock);
        CreditPolicy policy = policies.current();
        // a cadre's own progress, also once they are no longer active: their judgement, kept on their row
        return jdbc
                .sql("select s.*, u.name_zh as unit_zh, u.name_en as unit_en from credit_standing s"
                        + " join unit u on u.id = s.unit_id where s.cadre_id = :cadre")
                .param("cadre", cadreId)
                .query((rs, n) -> {
                    ComplianceRow row = Compliance.row(rs, policy, LocalDate.now(clock));
                    Requirement fullTime = Requirements.of(requirements.all(), row.tier(), CreditCategory.FULL_TIME);
                    Requirement online = Requirements.of(requirements.all(), row.tier(), CreditCategory.ONLINE);
                    return List.of(
                            new Progress(
                                    CreditCategory.FULL_TIME,
                                    fullTime.firstYear(current),
                                    current.getValue(),
                                    row.fullTimeRequired(),
                                    row.fullTimeEarned(),
                                    hours(rs.getBigDecimal("full_time_carried")),
                                    row.fullTimeDaysRequired(),
                                    row.fullTimeDays(),
                                    row.fullTimeMetBy(),
                                    row.promotion(),
                                    fullTime.hours()),
                            new Progress(
                                    CreditCategory.ONLINE,
                                    online.firstYear(current),
                                    current.getValue(),
                                    row.onlineRequired(),
                                    row.onlineEarned(),
                                    hours(rs.getBigDecimal("online_carried")),
                                    null,
                                    0,
                                    MetBy.of(rs.getBoolean("online_met"), false),
                                    null,
                                    online.hours()));
                })
                .list()
                .stream()
                .flatMap(List::stream)
                .toList();
    }

    private static CreditHours hours(java.math.BigDecimal value) {
        return CreditHours.of(value.setScale(2, java.math.RoundingMode.UNNECESSARY));
    }
}
