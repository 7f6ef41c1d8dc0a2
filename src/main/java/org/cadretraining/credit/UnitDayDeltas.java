package org.cadretraining.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The changes of the units' 学时 per day ({@code credit_unit_day}) and per month ({@code credit_unit_month}) a
 * transaction makes, gathered and added just before it commits, after the yearly totals ({@link UnitYearDeltas}), in
 * the same way: {@code n = n + delta}, the days before the months, each in key order. Also holds the ledger's changes
 * of cadres' 学时 per day until the cadres' rows are locked and they can be placed ({@link UnitDays#place}).
 */
@Component
class UnitDayDeltas {

    /** One unit, day (a month's first day, for a month), rank ('' for none) and category's change of 学时. */
    record Delta(
            long unitId,
            LocalDate day,
            String rankCode,
            String category,
            BigDecimal fullTime,
            BigDecimal online,
            BigDecimal external,
            BigDecimal onlineLearning)
            implements PendingDeltas.Summable<Delta> {

        @Override
        public Delta plus(Delta d) {
            return new Delta(
                    unitId,
                    day,
                    rankCode,
                    category,
                    fullTime.add(d.fullTime),
                    online.add(d.online),
                    external.add(d.external),
                    onlineLearning.add(d.onlineLearning));
        }

        @Override
        public boolean isZero() {
            return fullTime.signum() == 0
                    && online.signum() == 0
                    && external.signum() == 0
                    && onlineLearning.signum() == 0;
        }

        @Override
        public String key() {
            // ISO days and zero-padded units: the text order is the order the statement locks the rows in
            return "%s/%019d/%s/%s".formatted(day, unitId, rankCode, category);
        }

        Delta ofMonth() {
            return new Delta(
                    unitId, day.withDayOfMonth(1), rankCode, category, fullTime, online, external, onlineLearning);
        }
    }

    private final JdbcClient jdbc;
    private final PendingDeltas<Delta> days = new PendingDeltas<>(2, d -> add("credit_unit_day", "day", d));
    private final PendingDeltas<Delta> months = new PendingDeltas<>(3, d -> add("credit_unit_month", "month", d));
    private final KeptChanges<UnitDays.Change> kept = new KeptChanges<>(UnitDays.Change::cadreId);

    UnitDayDeltas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Gathers the changes of days, and so of their months, for the end of the caller's transaction. */
    void move(List<Delta> deltas) {
        days.add(deltas);
        months.add(deltas.stream().map(Delta::ofMonth).toList());
    }

    /** Keeps changes of cadres' 学时 per day until the cadres are placed in the same transaction. */
    void keep(List<UnitDays.Change> changes) {
        kept.keep(changes);
    }

    /** The kept changes of these cadres' 学时 per day, taken out. */
    List<UnitDays.Change> take(Set<Long> cadres) {
        return kept.take(cadres);
    }

    /** {@code table} and {@code dayColumn} are this class's own names, never a caller's text. */
    private void add(String table, String dayColumn, List<Delta> deltas) {
        jdbc.sql("insert into " + table + " (" + dayColumn + """
                        , unit_id, rank_code, category, full_time, online, external, online_learning)
                        select * from unnest(:days::date[], :units::bigint[], :ranks::text[], :categories::text[],
                                             :ft::numeric[], :online::numeric[], :external::numeric[],
                                             :ol::numeric[])
                        order by 1, 2, 3, 4
                        on conflict (""" + dayColumn + """
                        , unit_id, rank_code, category) do update set
                            full_time = %1$s.full_time + excluded.full_time,
                            online = %1$s.online + excluded.online,
                            external = %1$s.external + excluded.external,
                            online_learning = %1$s.online_learning + excluded.online_learning
                        """.formatted(table))
                .param("days", deltas.stream().map(d -> d.day().toString()).toArray(String[]::new))
                .param("units", deltas.stream().map(Delta::unitId).toArray(Long[]::new))
                .param("ranks", deltas.stream().map(Delta::rankCode).toArray(String[]::new))
                .param("categories", deltas.stream().map(Delta::category).toArray(String[]::new))
                .param("ft", deltas.stream().map(Delta::fullTime).toArray(BigDecimal[]::new))
                .param("online", deltas.stream().map(Delta::online).toArray(BigDecimal[]::new))
                .param("external", deltas.stream().map(Delta::external).toArray(BigDecimal[]::new))
                .param("ol", deltas.stream().map(Delta::onlineLearning).toArray(BigDecimal[]::new))
                .update();
    }
}
