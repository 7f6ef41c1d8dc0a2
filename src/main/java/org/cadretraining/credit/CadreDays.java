package org.cadretraining.credit;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each cadre's days of 学时 ({@code credit_cadre_days}): where their standing row counts them, and the days on which
 * the latest entries of their chains gave them any 学时, any of training elsewhere and any of online learning, as
 * day ranges over all years. Hours are never below zero, so a cadre earned 学时 in a range of days exactly when one
 * of these days falls in it. Written again for each judged cadre in the judging transaction, and after a rebuild
 * for those it moved.
 */
@Component
class CadreDays {

    /** Every row of the standing {@code %1$s}, with the days of the entries {@code %2$s}. */
    private static final String WRITE = """
            insert into credit_cadre_days (cadre_id, unit_id, rank_code, category, counted, earned, external,
                                           online_learning)
            select s.cadre_id, s.unit_id, s.rank_code, s.category, s.counted, coalesce(d.earned, '{}'),
                   coalesce(d.external, '{}'), coalesce(d.online_learning, '{}')
            from credit_standing s
            left join (
                select e.cadre_id, range_agg(daterange(e.earned_on, e.earned_on, '[]')) as earned,
                       range_agg(daterange(e.earned_on, e.earned_on, '[]')) filter (where e.source = 'EXTERNAL')
                           as external,
                       range_agg(daterange(e.earned_on, e.earned_on, '[]')) filter (where e.source = 'ONLINE')
                           as online_learning
                from credit_entry e
                where e.hours > 0 and %2$s and """ + UnitDays.LATEST + """
                group by e.cadre_id
            ) d on d.cadre_id = s.cadre_id
            where %1$s
            on conflict (cadre_id) do update set
                unit_id = excluded.unit_id, rank_code = excluded.rank_code, category = excluded.category,
                counted = excluded.counted, earned = excluded.earned, external = excluded.external,
                online_learning = excluded.online_learning
            """;

    private final JdbcClient jdbc;

    CadreDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the judged cadres' rows again, after their judgement, in its transaction. */
    void refresh(Long[] cadres) {
        jdbc.sql(WRITE.formatted("s.cadre_id = any(:cadres::bigint[])", "e.cadre_id = any(:cadres::bigint[])"))
                .param("cadres", cadres)
                .update();
    }

    /**
     * The cadres whose standing row counts them elsewhere than their days were kept, or who have no kept days: after
     * a rebuild judged every row again, those whose days must follow them; empty when more than {@code most} did, as
     * after a load that wrote around the ledger or a reorganisation: then every day is better summed again.
     */
    Optional<Long[]> movedSinceKept(int most) {
        List<Long> moved = jdbc.sql("""
                        select s.cadre_id from credit_standing s left join credit_cadre_days k on k.cadre_id = s.cadre_id
                        where (k.counted, k.unit_id, k.rank_code, k.category)
                              is distinct from (s.counted, s.unit_id, s.rank_code, s.category)
                        order by s.cadre_id
                        limit :most + 1
                        """).param("most", most).query(Long.class).list();
        return moved.size() > most ? Optional.empty() : Optional.of(moved.toArray(Long[]::new));
    }

    /** Writes every cadre's row again from the ledger, with the units' days ({@link UnitDays#recount}). */
    void recount() {
        jdbc.sql("delete from credit_cadre_days").update();
        jdbc.sql(WRITE.formatted("true", "true")).update();
    }
}
