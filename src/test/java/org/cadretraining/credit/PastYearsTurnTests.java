package org.cadretraining.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.AdjustableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On New Year's morning the year just ended becomes a past year: it is judged and kept, and the oldest year kept is
 * dropped with its rows, after the standing is rebuilt for the new year.
 */
@AccountWebTest
@Import(AccountWebTest.Support.class)
class PastYearsTurnTests {

    @Autowired
    StandingReadiness readiness;

    @Autowired
    PastFolding folding;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AdjustableClock clock;

    @Autowired
    org.cadretraining.organisation.OrganisationDirectory directory;

    @Autowired
    CreditLedger ledger;

    @Test
    void theYearJustEndedIsKeptAndTheOldestDropped() {
        Instant before = clock.instant();
        CreditFixture world = new CreditFixture(directory, ledger);
        world.cadre("王芳", world.schoolA, "SECTION");
        readiness.afterMidnight();
        folding.keepUpWaiting();
        assertThat(keptYears()).containsExactly(2025, 2024, 2023, 2022, 2021);
        assertThat(rowsOf(2021)).isPositive();
        try {
            clock.setTo(
                    LocalDateTime.of(2027, 1, 1, 0, 1).atZone(clock.getZone()).toInstant());
            readiness.afterMidnight();
            folding.keepUpWaiting();
            assertThat(keptYears()).containsExactly(2026, 2025, 2024, 2023, 2022);
            assertThat(rowsOf(2026)).isPositive();
            assertThat(rowsOf(2021)).isZero();
        } finally {
            clock.setTo(before);
            readiness.afterMidnight();
            folding.keepUpWaiting();
        }
        assertThat(keptYears()).containsExactly(2025, 2024, 2023, 2022, 2021);
    }

    private List<Integer> keptYears() {
        return jdbc.sql("select year from credit_past_year order by year desc")
                .query(Integer.class)
                .list();
    }

    private long rowsOf(int year) {
        return jdbc.sql("select count(*) from credit_past_standing where year = ?")
                .param(year)
                .query(Long.class)
                .single();
    }
}
