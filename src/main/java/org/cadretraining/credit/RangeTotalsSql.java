package org.cadretraining.credit;

/** The SQL of {@link UnitTotals#ofRange}: a range of days' totals of a subtree, from kept rows only. */
final class RangeTotalsSql {

    private RangeTotalsSql() {}

    private static final String RANGE = "daterange(:rangeFrom, :rangeTo, '[]')";

    /**
     * Per rank and category over the units {@code %1$s}: the counts {@code %2$s}, then the range's 学时; the cadres
     * {@code %4$s} count as earning whatever they earned.
     */
    private static final String TOTALS = """
            (select nullif(g.rank_code, '') as rank_code, g.category, g.cadres, g.full_time_met, g.online_met,
                    g.all_met, coalesce(d.earning, 0) as earning, coalesce(h.full_time, 0.00) as full_time,
                    coalesce(h.online, 0.00) as online, coalesce(h.external, 0.00) as external,
                    coalesce(d.external_cadres, 0) as external_cadres,
                    coalesce(h.online_learning, 0.00) as online_learning,
                    coalesce(d.online_learning_cadres, 0) as online_learning_cadres
             from %2$s g
             left join (select rank_code, category, sum(full_time) as full_time, sum(online) as online,
                               sum(external) as external, sum(online_learning) as online_learning
                        from (select rank_code, category, full_time, online, external, online_learning
                              from credit_unit_month k
                              where k.month >= :rangeFirstMonth and k.month < :rangeAfterMonths and %1$s
                              union all
                              -- the days before the first whole month
                              select rank_code, category, full_time, online, external, online_learning
                              from credit_unit_day k
                              where k.day >= :rangeFrom and k.day < :rangeFirstMonth and %1$s
                              union all
                              -- the days after the last whole month
                              select rank_code, category, full_time, online, external, online_learning
                              from credit_unit_day k
                              where k.day >= :rangeAfterMonths and k.day <= :rangeTo and %1$s) s
                        group by rank_code, category) h
                    on h.rank_code = g.rank_code and h.category = g.category
             left join (select rank_code, category,
                               -- the cadres who earned none looked up among the few given, hashed once
                               count(*) filter (where k.earned && %3$s or k.cadre_id in (%4$s)) as earning,
                               count(*) filter (where k.external && %3$s) as external_cadres,
                               count(*) filter (where k.online_learning && %3$s) as online_learning_cadres
                        from credit_cadre_days k
                        where k.counted and %1$s
                        group by rank_code, category) d
                    on d.rank_code = g.rank_code and d.category = g.category
             where g.cadres > 0)""";

    static String of(String units, String counts, String earningAnyway) {
        return TOTALS.formatted(units, counts, RANGE, earningAnyway);
    }
}
