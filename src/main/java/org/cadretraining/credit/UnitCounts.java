package org.cadretraining.credit;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many active cadres each unit has per tier, rank and category and how many of them meet each requirement, kept current with the
 * judgements: a transaction that judges cadres gathers the changes of counts per unit and tier and adds them just
 * before it commits ({@code n = n + delta}, never read and written back, so two writers of one unit lose nothing),
 * all of them in one statement in unit order, so that two writers never wait for each other's units in turn
 * ({@link PendingDeltas}). A rebuild counts them again from the rows. Reading them sums a few thousand rows, whatever
 * the number of cadres.
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
            int allMet)
            implements PendingDeltas.Summable<Delta> {

        @Override
        public String key() {
            // zero-padded, so that the text order is the unit id order the statement locks them in
            return "%019d/%s/%s/%s".formatted(unitId, tier, rankCode, category);
        }

        @Override
        public Delta plus(Delta d) {
            return new Delta(
                    unitId,
                    tier,
                    rankCode,
                    category,
                    cadres + d.cadres,
                    fullTimeMet + d.fullTimeMet,
                    onlineMet + d.onlineMet,
                    allMet + d.allMet);
        }

        @Override
        public boolean isZero() {
            return cadres == 0 && fullTimeMet == 0 && onlineMet == 0 && allMet == 0;
        }
    }

    private final JdbcClient jdbc;
    // before the units' yearly totals, in every transaction alike
    private final PendingDeltas<Delta> pending = new PendingDeltas<>(0, this::add);

    UnitCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Gathers the changes for the end of the caller's transaction (applies them at once without one). */
    void move(List<Delta> deltas) {
        pending.add(deltas);
    }

    /** Adds the changes the caller's transaction has gathered so far, so that it reads its own counts. */
    void flush() {
        pending.flush();
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

    private void add(List<Delta> deltas) {
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
}
