package org.cadretraining.credit;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import org.cadretraining.shared.CreditHours;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cadre's standing against the requirements of their rank's tier: for county level and above the full-time hours
 * of the last five calendar years (the current one included), for section level and below this year's, and the
 * online hours of this year. A cadre without a rank is held to the section-level requirements.
 */
@Component
class CadreProgress {

    private final JdbcClient jdbc;
    private final Requirements requirements;
    private final CreditLedger ledger;
    private final Clock clock;

    CadreProgress(JdbcClient jdbc, Requirements requirements, CreditLedger ledger, Clock clock) {
        this.jdbc = jdbc;
        this.requirements = requirements;
        this.ledger = ledger;
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
        Year current = Year.now(clock);
        String tier = tierOf(cadreId);
        List<YearTotals> totals = ledger.totalsOf(cadreId);
        return requirements.all().stream()
                .filter(r -> r.tier().equals(tier))
                .sorted((a, b) -> a.category().compareTo(b.category()))
                .map(r -> {
                    int first = r.firstYear(current);
                    CreditHours earned = totals.stream()
                            .filter(t -> t.year() >= first && t.year() <= current.getValue())
                            .map(t -> t.of(r.category()))
                            .reduce(CreditHours.ZERO, CreditHours::plus);
                    return new Progress(r.category(), first, current.getValue(), r.hours(), earned);
                })
                .toList();
    }
}
