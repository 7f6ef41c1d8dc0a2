package org.cadretraining.report.statistics;

/**
 * The statistics of a range of days counted from the units' kept counts: the 学时 of the range from its own entries,
 * per cadre, beside the counts of the year it ends in. Read after {@link StatisticsSql}'s opening.
 */
final class RangeSql {

    private RangeSql() {}

    /** Of a place: whether its holder earned 学时 in the range of days ({@link #RANGE}'s {@code earned_cadre}). */
    static final String EARNED_IN_RANGE_OF_PLACE =
            "cadre_id in (select cadre_id from earned_cadre where full_time + online > 0)";

    /**
     * After {@link StatisticsSql#places}, before {@link StatisticsSql#KEPT}: a range of days' 学时 of the scope's cadres from the entries earned
     * in it, per cadre ({@code earned_cadre}: who earned any is counted once) and per rank and category, beside the
     * units' kept counts of the range's year ({@code %1$s}, {@link org.cadretraining.credit.UnitTotals#counts}): the
     * same columns as a whole year's kept totals, so {@link StatisticsSql#KEPT} reads them alike.
     */
    static final String RANGE = """
            , earned_cadre as (
                select l.cadre_id, s.rank_code, s.category,
                       coalesce(sum(l.hours) filter (where l.category = 'FULL_TIME'), 0.00) as full_time,
                       coalesce(sum(l.hours) filter (where l.category = 'ONLINE'), 0.00) as online,
                       coalesce(sum(l.hours) filter (where l.source = 'EXTERNAL'), 0.00) as external,
                       coalesce(sum(l.hours) filter (where l.source = 'ONLINE'), 0.00) as online_learning
                from latest_entry l join scope_cadre s on s.id = l.cadre_id
                where l.earned_on between :from and :to
                  -- the same days by the year each entry keeps: one cadre's entries of those years by the cadre's index
                  and l.year between :fromYear and :toYear
                group by l.cadre_id, s.rank_code, s.category
            ),
            earned_group as (
                select rank_code, category, count(*) filter (where full_time + online > 0) as earning,
                       sum(full_time) as full_time, sum(online) as online, sum(external) as external,
                       count(*) filter (where external > 0) as external_cadres,
                       sum(online_learning) as online_learning,
                       count(*) filter (where online_learning > 0) as online_learning_cadres
                from earned_cadre group by rank_code, category
            ),
            range_totals as (
                select c.rank_code, c.category, c.cadres, c.full_time_met, c.online_met, c.all_met,
                       coalesce(e.earning, 0) as earning, coalesce(e.full_time, 0.00) as full_time,
                       coalesce(e.online, 0.00) as online, coalesce(e.external, 0.00) as external,
                       coalesce(e.external_cadres, 0) as external_cadres,
                       coalesce(e.online_learning, 0.00) as online_learning,
                       coalesce(e.online_learning_cadres, 0) as online_learning_cadres
                from %1$s c
                left join earned_group e
                       on coalesce(e.rank_code, '') = coalesce(c.rank_code, '') and e.category = c.category
            )
            """;
}
