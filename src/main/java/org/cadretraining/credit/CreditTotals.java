package org.cadretraining.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps credit_year_total in step with the ledger: the hours of each category per year, of which those of training
 * elsewhere and of online learning (for the statistics), and the days of full-time training. Called in the transaction that writes the entry, so the totals (and, refreshed from them, each cadre's
 * standing) are never seen out of step; the upsert adds to the row under its lock, so concurrent writes do not
 * lose hours. A day counts once however many entries it has, and only while one of them counts with hours.
 */
@Component
class CreditTotals {

    /** The most days one entry counts (external training of a year and more counts its first year's days). */
    private static final int MOST_DAYS_PER_ENTRY = 366;

    private final JdbcClient jdbc;
    private final UnitYears unitYears;
    private final UnitDays unitDays;

    CreditTotals(JdbcClient jdbc, UnitYears unitYears, UnitDays unitDays) {
        this.jdbc = jdbc;
        this.unitYears = unitYears;
        this.unitDays = unitDays;
    }

    /**
     * Adds {@code delta} to the hours of the category of the year {@code earnedOn} falls in, and of that day;
     * {@code onTheJob} hours are also kept apart.
     */
    void add(
            long cadreId,
            LocalDate earnedOn,
            CreditCategory category,
            CreditSource source,
            BigDecimal delta,
            boolean onTheJob) {
        if (delta.signum() == 0) {
            return;
        }
        int year = earnedOn.getYear();
        String column = category == CreditCategory.FULL_TIME ? "full_time" : "online";
        BigDecimal external = source == CreditSource.EXTERNAL ? delta : BigDecimal.ZERO;
        BigDecimal onlineLearning = source == CreditSource.ONLINE ? delta : BigDecimal.ZERO;
        BigDecimal besideThePost = onTheJob && category == CreditCategory.FULL_TIME ? delta : BigDecimal.ZERO;
        UnitYears.Change change = jdbc.sql("insert into credit_year_total (cadre_id, year, " + column
                        + ", external, online_learning, on_the_job)"
                        + " values (:cadre, :year, :delta, :external, :onlineLearning, :onTheJob)"
                        + " on conflict (cadre_id, year) do update set " + column + " = credit_year_total." + column
                        + " + excluded." + column + ", external = credit_year_total.external + excluded.external,"
                        + " online_learning = credit_year_total.online_learning + excluded.online_learning,"
                        + " on_the_job = credit_year_total.on_the_job + excluded.on_the_job"
                        + " returning full_time, online, external, online_learning")
                .param("cadre", cadreId)
                .param("year", year)
                .param("delta", delta)
                .param("external", external)
                .param("onlineLearning", onlineLearning)
                .param("onTheJob", besideThePost)
                .query((rs, n) -> new UnitYears.Change(
                        cadreId,
                        year,
                        category == CreditCategory.FULL_TIME ? delta : BigDecimal.ZERO,
                        category == CreditCategory.ONLINE ? delta : BigDecimal.ZERO,
                        external,
                        onlineLearning,
                        rs.getBigDecimal("full_time"),
                        rs.getBigDecimal("online"),
                        rs.getBigDecimal("external"),
                        rs.getBigDecimal("online_learning")))
                .single();
        unitYears.changed(List.of(change));
        unitDays.changed(List.of(
                new UnitDays.Change(cadreId, earnedOn, change.fullTime(), change.online(), external, onlineLearning)));
    }

    /** Counts the days from {@code from} to {@code to} as days of full-time training, each day once. */
    void countDays(long cadreId, LocalDate from, LocalDate to) {
        LocalDate day = from;
        for (int n = 0; !day.isAfter(to) && n < MOST_DAYS_PER_ENTRY; n++, day = day.plusDays(1)) {
            int added = jdbc.sql("insert into credit_training_day (cadre_id, day) values (:cadre, :day)"
                            + " on conflict do nothing")
                    .param("cadre", cadreId)
                    .param("day", day)
                    .update();
            if (added > 0) {
                moveDays(cadreId, day.getYear(), 1);
            }
        }
    }

    /**
     * After a correction: the day stays a day of training while some counting full-time entry of the cadre has
     * hours on it (an external entry counts from its first day, which is not kept, so only course days are undone).
     */
    void recountDay(long cadreId, LocalDate day) {
        boolean counts = jdbc.sql("""
                        select exists (select 1 from credit_entry e
                                       where e.cadre_id = :cadre and e.year = :year and e.earned_on = :day
                                         and e.category = 'FULL_TIME' and e.hours > 0 and not e.on_the_job
                                         and not exists (select 1 from credit_entry c where c.corrects_id = e.id))
                        """)
                .param("cadre", cadreId)
                .param("year", day.getYear())
                .param("day", day)
                .query(Boolean.class)
                .single();
        if (counts) {
            countDays(cadreId, day, day);
        } else if (jdbc.sql("delete from credit_training_day where cadre_id = :cadre and day = :day")
                        .param("cadre", cadreId)
                        .param("day", day)
                        .update()
                > 0) {
            moveDays(cadreId, day.getYear(), -1);
        }
    }

    private void moveDays(long cadreId, int year, int delta) {
        jdbc.sql("insert into credit_year_total (cadre_id, year, ft_days) values (:cadre, :year, :delta)"
                        + " on conflict (cadre_id, year) do update set ft_days = credit_year_total.ft_days"
                        + " + excluded.ft_days")
                .param("cadre", cadreId)
                .param("year", year)
                .param("delta", delta)
                .update();
    }
}
