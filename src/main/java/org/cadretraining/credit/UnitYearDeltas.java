package org.cadretraining.credit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The changes of the units' yearly totals ({@code credit_unit_year}) a transaction makes, gathered and added just
 * before it commits, as {@link UnitCounts} adds the counts: {@code n = n + delta} in one statement in year and unit
 * order, so two writers of one unit lose nothing and never wait for each other's units in turn
 * ({@link PendingDeltas}). Also holds the changes of cadres' yearly totals the ledger made until the cadres' rows are
 * locked and they can be placed ({@link UnitYears#place}).
 */
@Component
class UnitYearDeltas {

    /** One unit, year, rank ('' for none) and category's change of totals. */
    record Delta(
            long unitId,
            int year,
            String rankCode,
            String category,
            int earning,
            BigDecimal fullTime,
            BigDecimal online,
            BigDecimal external,
            int externalCadres,
            BigDecimal onlineLearning,
            int onlineLearningCadres)
            implements PendingDeltas.Summable<Delta> {

        @Override
        public Delta plus(Delta d) {
            return new Delta(
                    unitId,
                    year,
                    rankCode,
                    category,
                    earning + d.earning,
                    fullTime.add(d.fullTime),
                    online.add(d.online),
                    external.add(d.external),
                    externalCadres + d.externalCadres,
                    onlineLearning.add(d.onlineLearning),
                    onlineLearningCadres + d.onlineLearningCadres);
        }

        @Override
        public boolean isZero() {
            return earning == 0
                    && fullTime.signum() == 0
                    && online.signum() == 0
                    && external.signum() == 0
                    && externalCadres == 0
                    && onlineLearning.signum() == 0
                    && onlineLearningCadres == 0;
        }

        @Override
        public String key() {
            // zero-padded, so that the text order is the order the statement locks the rows in
            return "%06d/%019d/%s/%s".formatted(year, unitId, rankCode, category);
        }
    }

    private final JdbcClient jdbc;
    // after the units' counts, in every transaction alike
    private final PendingDeltas<Delta> pending = new PendingDeltas<>(1, this::add);
    private final KeptChanges<UnitYears.Change> kept = new KeptChanges<>(UnitYears.Change::cadreId);

    UnitYearDeltas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Gathers the changes for the end of the caller's transaction (adds them at once without one). */
    void move(List<Delta> deltas) {
        pending.add(deltas);
    }

    /** Keeps changes of cadres' yearly totals until the cadres are placed in the same transaction. */
    void keep(List<UnitYears.Change> changes) {
        kept.keep(changes);
    }

    /** The kept changes of these cadres' yearly totals, taken out. */
    List<UnitYears.Change> take(Set<Long> cadres) {
        return kept.take(cadres);
    }

    private void add(List<Delta> deltas) {
        jdbc.sql("""
                        insert into credit_unit_year (unit_id, year, rank_code, category, earning, full_time, online,
                                                      external, external_cadres, online_learning,
                                                      online_learning_cadres)
                        select * from unnest(:units::bigint[], :years::int[], :ranks::text[], :categories::text[],
                                             :earning::int[], :ft::numeric[], :online::numeric[],
                                             :external::numeric[], :externalCadres::int[], :ol::numeric[],
                                             :olCadres::int[])
                        order by 2, 1, 3, 4
                        on conflict (year, unit_id, rank_code, category) do update set
                            earning = credit_unit_year.earning + excluded.earning,
                            full_time = credit_unit_year.full_time + excluded.full_time,
                            online = credit_unit_year.online + excluded.online,
                            external = credit_unit_year.external + excluded.external,
                            external_cadres = credit_unit_year.external_cadres + excluded.external_cadres,
                            online_learning = credit_unit_year.online_learning + excluded.online_learning,
                            online_learning_cadres
                                = credit_unit_year.online_learning_cadres + excluded.online_learning_cadres
                        """)
                .param("units", deltas.stream().map(Delta::unitId).toArray(Long[]::new))
                .param("years", deltas.stream().map(Delta::year).toArray(Integer[]::new))
                .param("ranks", deltas.stream().map(Delta::rankCode).toArray(String[]::new))
                .param("categories", deltas.stream().map(Delta::category).toArray(String[]::new))
                .param("earning", deltas.stream().map(Delta::earning).toArray(Integer[]::new))
                .param("ft", deltas.stream().map(Delta::fullTime).toArray(BigDecimal[]::new))
                .param("online", deltas.stream().map(Delta::online).toArray(BigDecimal[]::new))
                .param("external", deltas.stream().map(Delta::external).toArray(BigDecimal[]::new))
                .param(
                        "externalCadres",
                        deltas.stream().map(Delta::externalCadres).toArray(Integer[]::new))
                .param("ol", deltas.stream().map(Delta::onlineLearning).toArray(BigDecimal[]::new))
                .param(
                        "olCadres",
                        deltas.stream().map(Delta::onlineLearningCadres).toArray(Integer[]::new))
                .update();
    }
}
