package org.cadretraining.credit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How many active cadres each unit has per tier, rank and category and how many of them meet each requirement, kept current with the
 * judgements: a transaction that judges cadres gathers the changes of counts per unit and tier and adds them just
 * before it commits ({@code n = n + delta}, never read and written back, so two writers of one unit lose nothing),
 * all of them in one statement in unit order, so that two writers never wait for each other's units in turn. A
 * rebuild counts them again from the rows. Reading them sums a few thousand rows, whatever the number of cadres.
 */
@Component
class UnitCounts {

    /** One unit, tier, rank ('' for none) and category's change of counts. */
    record Delta(
            long unitId,
            String tier,
            String rankCode,
            String category,
            int cadres,
            int fullTimeMet,
            int onlineMet,
            int allMet) {

        String key() {
            // zero-padded, so that the text order is the unit id order the statement locks them in
            return "%019d/%s/%s/%s".formatted(unitId, tier, rankCode, category);
        }
    }

    private final JdbcClient jdbc;

    UnitCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Gathers the changes for the end of the caller's transaction (applies them at once without one). */
    void move(List<Delta> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            apply(new Pending(this).add(deltas).byUnit);
            return;
        }
        pending().add(deltas);
    }

    /** Adds the changes the caller's transaction has gathered so far, so that it reads its own counts. */
    void flush() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.getSynchronizations().stream()
                    .filter(Pending.class::isInstance)
                    .map(Pending.class::cast)
                    .forEach(Pending::addGathered);
        }
    }

    /** Counts every unit's again from the judged rows: part of a rebuild. */
    void recount() {
        jdbc.sql("delete from credit_unit_compliance").update();
        jdbc.sql("""
                        insert into credit_unit_compliance (unit_id, tier, rank_code, category, cadres,
                                                            full_time_met, online_met, all_met)
                        select unit_id, tier, rank_code, category, count(*), count(*) filter (where full_time_met),
                               count(*) filter (where online_met), count(*) filter (where full_time_met and online_met)
                        from credit_standing where counted group by unit_id, tier, rank_code, category
                        """).update();
    }

    private Pending pending() {
        return TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Pending.class::isInstance)
                .map(Pending.class::cast)
                .findFirst()
                .orElseGet(() -> {
                    Pending pending = new Pending(this);
                    TransactionSynchronizationManager.registerSynchronization(pending);
                    return pending;
                });
    }

    private void apply(Map<String, Delta> byUnit) {
        List<Delta> deltas = byUnit.values().stream()
                .filter(d -> d.cadres() != 0 || d.fullTimeMet() != 0 || d.onlineMet() != 0 || d.allMet() != 0)
                .toList();
        if (deltas.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into credit_unit_compliance (unit_id, tier, rank_code, category, cadres,
                                                            full_time_met, online_met, all_met)
                        select * from unnest(:units::bigint[], :tiers::text[], :ranks::text[], :categories::text[],
                                             :cadres::int[], :ft::int[], :online::int[], :all::int[])
                                      as d(unit_id, tier, rank_code, category, c, f, o, a)
                        order by unit_id, tier, rank_code, category
                        on conflict (unit_id, tier, rank_code, category) do update set
                            cadres = credit_unit_compliance.cadres + excluded.cadres,
                            full_time_met = credit_unit_compliance.full_time_met + excluded.full_time_met,
                            online_met = credit_unit_compliance.online_met + excluded.online_met,
                            all_met = credit_unit_compliance.all_met + excluded.all_met
                        """)
                .param("units", deltas.stream().map(Delta::unitId).toArray(Long[]::new))
                .param("tiers", deltas.stream().map(Delta::tier).toArray(String[]::new))
                .param("ranks", deltas.stream().map(Delta::rankCode).toArray(String[]::new))
                .param("categories", deltas.stream().map(Delta::category).toArray(String[]::new))
                .param("cadres", deltas.stream().map(Delta::cadres).toArray(Integer[]::new))
                .param("ft", deltas.stream().map(Delta::fullTimeMet).toArray(Integer[]::new))
                .param("online", deltas.stream().map(Delta::onlineMet).toArray(Integer[]::new))
                .param("all", deltas.stream().map(Delta::allMet).toArray(Integer[]::new))
                .update();
    }

    /** The changes one transaction has gathered, in unit and tier order, added just before it commits. */
    private static final class Pending implements TransactionSynchronization {

        private final UnitCounts counts;
        private final Map<String, Delta> byUnit = new TreeMap<>();

        Pending(UnitCounts counts) {
            this.counts = counts;
        }

        Pending add(List<Delta> deltas) {
            for (Delta d : deltas) {
                byUnit.merge(
                        d.key(),
                        d,
                        (a, b) -> new Delta(
                                a.unitId(),
                                a.tier(),
                                a.rankCode(),
                                a.category(),
                                a.cadres() + b.cadres(),
                                a.fullTimeMet() + b.fullTimeMet(),
                                a.onlineMet() + b.onlineMet(),
                                a.allMet() + b.allMet()));
            }
            return this;
        }

        void addGathered() {
            counts.apply(byUnit);
            byUnit.clear();
        }

        @Override
        public int getOrder() {
            // before the units' yearly totals, in every transaction alike
            return 0;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            addGathered();
        }
    }
}
