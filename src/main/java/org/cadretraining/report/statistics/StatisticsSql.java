package org.cadretraining.report.statistics;

/**
 * The two tables every figure is read from, as SQL the report module owns and only reads: one row per trainee place
 * of the scope's cadres in a course held in the period ({@code place_facts}), and one row per active cadre of the
 * scope ({@code cadre_facts}). A figure is a count or a sum over one of them, and its drill-down lists the same rows,
 * so the two cannot disagree. The 学时 each cadre earned in the period fill {@code %1$s} ({@link #EARNED_IN_YEAR} or
 * {@link #EARNED_IN_DAYS}). Whether a cadre meets a requirement is not worked out here: the credit module judges it
 * ({@link org.cadretraining.credit.ComplianceAsOf}), and its relation fills {@code %2$s}.
 */
final class StatisticsSql {

    private StatisticsSql() {}

    /**
     * The 学时 of a whole year from the ledger's yearly totals, which count the latest entry of each correction chain
     * by the day it was earned, as the entries would: one row per cadre and year rather than every entry of the year.
     */
    static final String EARNED_IN_YEAR = """
            select t.cadre_id, t.full_time, t.online, t.external, t.online_learning
                from credit_year_total t join scope_cadre s on s.id = t.cadre_id
                where t.year = :earnedYear""";

    /** The 学时 of a range of days, from the entries earned in it. */
    static final String EARNED_IN_DAYS = """
            select l.cadre_id,
                       sum(l.hours) filter (where l.category = 'FULL_TIME') as full_time,
                       sum(l.hours) filter (where l.category = 'ONLINE') as online,
                       sum(l.hours) filter (where l.source = 'EXTERNAL') as external,
                       sum(l.hours) filter (where l.source = 'ONLINE') as online_learning
                from latest_entry l join scope_cadre s on s.id = l.cadre_id
                where l.earned_on between :from and :to
                  -- the same days by the year each entry keeps: one cadre's entries of those years by the cadre's index
                  and l.year between :fromYear and :toYear
                group by l.cadre_id""";

    /**
     * Parameters: {@code path} (the scope's unit path followed by %), {@code from} and {@code to} (the period,
     * both days included), and those of the judged relation ({@link StatisticsFacts}).
     */
    private static final String OPENING = """
            with scope_cadre as (
                select d.id, d.staff_number, d.name, d.unit_id, d.rank_code, d.category,
                       coalesce(r.tier, 'SECTION_AND_BELOW') as tier
                from cadre d
                join unit u on u.id = d.unit_id
                left join cadre_rank r on r.code = d.rank_code
                where d.active and u.path like :path
            ),
            latest_entry as not materialized (
                select e.* from credit_entry e
                where not exists (select 1 from credit_entry x where x.corrects_id = e.id)
            ),
            -- read by each statement once
            place_facts as not materialized (
                %s
            )
            """;

    /**
     * The opening of every query: the scope's cadres (read only by {@link #CADRES}) and its places, which are found
     * by their units, never through all of the scope's cadres: the kept rows alone when the reader's snapshot holds
     * no mark ({@link PlaceFacts#READ_KEPT}), else with the marked places counted live ({@link PlaceFacts#READ}).
     */
    static String places(boolean marked) {
        return OPENING.formatted(marked ? PlaceFacts.READ : PlaceFacts.READ_KEPT);
    }

    /** After {@link #places}: one row per active cadre of the scope. */
    static final String CADRES = """
            , earned as (
                %1$s
            ),
            cadre_places as (
                select cadre_id, count(*) as places, sum(days) as days, sum(hours) as course_hours,
                       count(*) filter (where completed) as completed, sum(leaves) as leaves,
                       count(*) filter (where withdrawn) as withdrawals
                from place_facts group by cadre_id
            ),
            cadre_facts as (
                select s.id, s.staff_number, s.name, s.rank_code, s.category, s.tier,
                       u.name_zh as unit_zh, u.name_en as unit_en,
                       r.name_zh as rank_zh, r.name_en as rank_en, coalesce(r.sort_order, 1000000) as rank_order,
                       coalesce(p.places, 0) as places, coalesce(p.days, 0) as days,
                       coalesce(p.course_hours, 0.00) as course_hours,
                       coalesce(p.completed, 0) as completed, coalesce(p.leaves, 0) as leaves,
                       coalesce(p.withdrawals, 0) as withdrawals,
                       coalesce(g.full_time, 0.00) as full_time, coalesce(g.online, 0.00) as online,
                       coalesce(g.full_time, 0.00) + coalesce(g.online, 0.00) as hours,
                       coalesce(g.external, 0.00) as external, coalesce(g.online_learning, 0.00) as online_learning,
                       coalesce(w.full_time_earned, 0.00) as ft_window, w.full_time_required as ft_required,
                       coalesce(w.online_earned, 0.00) as online_window, w.online_required as online_required,
                       coalesce(w.full_time_met, false) as ft_met, coalesce(w.online_met, false) as online_met,
                       -- trained: held a trainee place in a course held in the period, or earned 学时 in it
                       (coalesce(p.places, 0) > 0 or coalesce(g.full_time, 0.00) + coalesce(g.online, 0.00) > 0) as trained
                from scope_cadre s
                join unit u on u.id = s.unit_id
                left join cadre_rank r on r.code = s.rank_code
                left join cadre_places p on p.cadre_id = s.id
                left join earned g on g.cadre_id = s.id
                -- whether the cadre met each requirement as of the year, judged by credit's rules
                left join %2$s w on w.cadre_id = s.id
            )
            """;

    /** After {@link #places}: one row per course held in the period with places of the scope's cadres. */
    static final String COURSES = """
            , course_facts as (
                select c.id, c.title_zh, c.title_en, c.starts_on, c.ends_on, c.training_form, c.category,
                       count(*) as places, sum(f.days) as days, sum(f.hours) as hours,
                       count(*) filter (where f.completed is not null) as decided,
                       count(*) filter (where f.completed) as completed,
                       sum(f.leaves) as leaves, count(*) filter (where f.withdrawn) as withdrawals
                from place_facts f join course c on c.id = f.course_id
                group by c.id
            )
            """;

    static String facts(boolean marked) {
        return places(marked) + CADRES + COURSES;
    }

    /**
     * After {@link #places}: the cadres of the scope per rank and category ({@code cadre_groups}) from the units'
     * kept totals of a whole year ({@code %1$s}, {@link org.cadretraining.credit.UnitTotals}) and the places of the
     * period, whatever the number of cadres. Trained are those who earned 学时 in the period, kept per unit, and
     * those holding a place without any, counted from the places (far fewer than the cadres): {@code %2$s} says of a
     * place whether its holder earned any ({@link #EARNED_IN_YEAR_OF_PLACE}; {@code true} for a range of days, whose
     * kept totals count the place holders among those earning).
     * The sums equal those of {@code cadre_facts} grouped the same way.
     */
    static final String KEPT = """
            , kept as %1$s,
            placed_cadres as (
                -- the places per rank and category, and each place holder without 学时 in the year once (what each
                -- place keeps of its holder's year): few groups, counted in a hash without sorting the places
                select rank_code, category, case when not (%2$s) then cadre_id end as unearned,
                       count(*) as places
                from place_facts
                group by rank_code, category, unearned
            ),
            -- computed once, however the planner joins its few rows
            placed as materialized (
                select rank_code, category, sum(places) as places, count(unearned) as placed_only
                from placed_cadres
                group by rank_code, category
            ),
            cadre_groups as (
                select k.rank_code, k.category, coalesce(r.tier, 'SECTION_AND_BELOW') as tier,
                       r.name_zh as rank_zh, r.name_en as rank_en, coalesce(r.sort_order, 1000000) as rank_order,
                       k.cadres, k.earning + coalesce(p.placed_only, 0) as trained, coalesce(p.places, 0) as places,
                       k.full_time, k.online, k.external, k.external_cadres, k.online_learning,
                       k.online_learning_cadres, k.full_time_met, k.online_met, k.all_met
                from kept k
                left join placed p on coalesce(p.rank_code, '') = coalesce(k.rank_code, '') and p.category = k.category
                left join cadre_rank r on r.code = k.rank_code
            )
            """;

    /** Of a place: whether its holder earned 学时 in the course's year (what each kept place keeps). */
    static final String EARNED_IN_YEAR_OF_PLACE = "earned_in_year";
}
