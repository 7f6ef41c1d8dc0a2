package org.cadretraining.credit;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where cadres' standing rows counted them before a judgement (counted, unit, rank, category), so that the sums kept
 * per unit can follow the cadres a judgement moves ({@link UnitYears#follow}, {@link UnitDays#follow}).
 */
record StandingPlaces(List<Map<String, Object>> rows) {

    /**
     * The opening of a statement over the moved cadres: {@code sides} has, for each cadre whose row now counts them
     * elsewhere, the place before with {@code n = -1} and the place now with {@code n = 1} ({@code cadre_id, unit_id,
     * rank_code, category, n, counted}). Bound by {@link #bind}.
     */
    static final String SIDES = """
            with before as (
                select * from unnest(:cadres::bigint[], :counted::boolean[], :units::bigint[],
                                     :ranks::text[], :categories::text[])
                         as b(cadre_id, counted, unit_id, rank_code, category)
            ),
            sides as (
                select b.cadre_id, b.unit_id, b.rank_code, b.category, -1 as n, b.counted
                from before b join credit_standing s on s.cadre_id = b.cadre_id
                where (b.counted, b.unit_id, b.rank_code, b.category)
                      is distinct from (s.counted, s.unit_id, s.rank_code, s.category)
                union all
                select s.cadre_id, s.unit_id, s.rank_code, s.category, 1, s.counted
                from before b join credit_standing s on s.cadre_id = b.cadre_id
                where (b.counted, b.unit_id, b.rank_code, b.category)
                      is distinct from (s.counted, s.unit_id, s.rank_code, s.category)
            )
            """;

    /** Where the cadres' rows count them now, read before a judgement. */
    static StandingPlaces of(JdbcClient jdbc, Long[] cadres) {
        return new StandingPlaces(jdbc.sql("select cadre_id, counted, unit_id, rank_code, category"
                        + " from credit_standing where cadre_id = any(:cadres::bigint[])")
                .param("cadres", cadres)
                .query()
                .listOfRows());
    }

    /**
     * Where the cadres' days of 学时 were counted when last kept ({@code credit_cadre_days}): after a rebuild judged
     * every row again, where the units' days of these cadres still are. A cadre without kept days counts nowhere.
     */
    static StandingPlaces ofKeptDays(JdbcClient jdbc, Long[] cadres) {
        return new StandingPlaces(jdbc.sql("""
                        select c as cadre_id, coalesce(k.counted, false) as counted, k.unit_id,
                               coalesce(k.rank_code, '') as rank_code, coalesce(k.category, '') as category
                        from unnest(:cadres::bigint[]) as c left join credit_cadre_days k on k.cadre_id = c
                        """).param("cadres", cadres).query().listOfRows());
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** {@link #SIDES}' values. */
    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement
                .param("cadres", column("cadre_id", Long[]::new))
                .param("counted", column("counted", Boolean[]::new))
                .param("units", column("unit_id", Long[]::new))
                .param("ranks", column("rank_code", String[]::new))
                .param("categories", column("category", String[]::new));
    }

    @SuppressWarnings("unchecked")
    private <T> T[] column(String name, IntFunction<T[]> array) {
        return rows.stream().map(row -> (T) row.get(name)).toArray(array);
    }
}
