package org.cadretraining.credit;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each cadre's hours and days of full-time training inside the window of each requirement, and the hours carried
 * from last year where the policy allows it, as of the current year: compliance reads one row per cadre from here.
 * A ledger write refreshes the cadre's row from their yearly totals (at most ten rows) in the writer's transaction
 * ({@link StandingWrites}), and the row also keeps the cadre's judgement ({@link StandingJudgement}); when the year
 * turns or a requirement or a policy changes, every row is rebuilt from the yearly totals and judged, and the units'
 * counts counted again. Writers hold the basis row in share mode and a rebuild holds it exclusively, so no write can fall between
 * a rebuild's read and its result; a writer locks the cadre's row before reading their totals, so two writers for
 * one cadre refresh it one after the other, the second seeing the first's hours.
 */
@Component
class CreditStanding {

    /** The columns of a standing row, computed from a cadre's yearly totals {@code t} and the basis {@code b}. */
    static final String COLUMNS = "ft_county, ft_section, online_county, online_section, days_county, days_section,"
            + " ft_section_carried, online_county_carried, online_section_carried";

    static final String SUMS = """
            -- hours on the job (在职) are no full-time (脱产) training toward county level's five years
            coalesce(sum(t.full_time - t.on_the_job) filter (where t.year > b.as_of_year - b.ft_county_years), 0)
                as ft_county,
            coalesce(sum(t.full_time) filter (where t.year > b.as_of_year - b.ft_section_years), 0) as ft_section,
            coalesce(sum(t.online) filter (where t.year > b.as_of_year - b.online_county_years), 0) as online_county,
            coalesce(sum(t.online) filter (where t.year > b.as_of_year - b.online_section_years), 0)
                as online_section,
            coalesce(sum(t.ft_days) filter (where t.year > b.as_of_year - b.ft_county_years), 0) as days_county,
            coalesce(sum(t.ft_days) filter (where t.year > b.as_of_year - b.ft_section_years), 0) as days_section,
            case when b.carry_over and b.ft_section_years = 1 then greatest(coalesce(sum(t.full_time)
                 filter (where t.year = b.as_of_year - 1), 0) - b.ft_section_hours, 0) else 0 end
                as ft_section_carried,
            case when b.carry_over and b.online_county_years = 1 then greatest(coalesce(sum(t.online)
                 filter (where t.year = b.as_of_year - 1), 0) - b.online_county_hours, 0) else 0 end
                as online_county_carried,
            case when b.carry_over and b.online_section_years = 1 then greatest(coalesce(sum(t.online)
                 filter (where t.year = b.as_of_year - 1), 0) - b.online_section_hours, 0) else 0 end
                as online_section_carried
            """;

    /** The basis columns the sums read, to group by when the basis is not the one row of its table. */
    static final String BASIS_COLUMNS = "as_of_year, ft_county_years, ft_section_years, online_county_years,"
            + " online_section_years, carry_over, ft_section_hours, online_county_hours, online_section_hours";

    /** What the basis row holds: the sums' basis and the rules the judgement was made with. */
    static final String HELD = BASIS_COLUMNS + ", ft_county_hours, ft_county_days, ft_section_days, rank_change";

    private final JdbcClient jdbc;
    private final Requirements requirements;
    private final CreditPolicies policies;
    private final Clock clock;
    private final StandingJudgement judgement;
    private final StandingQuery standingQuery;

    CreditStanding(
            JdbcClient jdbc,
            Requirements requirements,
            CreditPolicies policies,
            Clock clock,
            StandingJudgement judgement,
            StandingQuery standingQuery) {
        this.jdbc = jdbc;
        this.requirements = requirements;
        this.policies = policies;
        this.clock = clock;
        this.judgement = judgement;
        this.standingQuery = standingQuery;
    }

    /**
     * Rebuilds every cadre's standing from the yearly totals, as of this year and the current rules: a row for every
     * cadre, each judged, and the units' counts counted again from the rows.
     */
    void rebuild() {
        lockBasis();
        Map<String, Object> basis = basis();
        jdbc.sql("""
                        update credit_standing_basis set as_of_year = :as_of_year, ft_county_years = :ft_county_years,
                            ft_section_years = :ft_section_years, online_county_years = :online_county_years,
                            online_section_years = :online_section_years, carry_over = :carry_over,
                            ft_section_hours = :ft_section_hours, online_county_hours = :online_county_hours,
                            online_section_hours = :online_section_hours, ft_county_hours = :ft_county_hours,
                            ft_county_days = :ft_county_days, ft_section_days = :ft_section_days,
                            rank_change = :rank_change
                        where id = 1
                        """).params(basis).update();
        jdbc.sql("delete from credit_standing").update();
        jdbc.sql("insert into credit_standing (cadre_id, " + COLUMNS + ") select t.cadre_id, " + SUMS
                        + " from credit_year_total t cross join credit_standing_basis b where b.id = 1"
                        + " and t.year > b.as_of_year - 11 and t.year <= b.as_of_year group by t.cadre_id, b.id")
                .update();
        // cadres without a yearly total have a row too: every active cadre is counted
        jdbc.sql("insert into credit_standing (cadre_id) select id from cadre on conflict do nothing")
                .update();
        judgement.judgeAll();
    }

    /** Each cadre's sums as of the end of {@code year} by the current rules, from the yearly totals. */
    StandingQuery.Query sumsAsOf(int year) {
        return sumsAsOf(year, "true");
    }

    /**
     * The same for the cadres whose yearly totals {@code t} the condition {@code cadres} selects: few cadres' sums
     * read only their own totals, which a join from outside would not restrict.
     */
    StandingQuery.Query sumsAsOf(int year, String cadres) {
        Map<String, Object> basis = basis();
        basis.put("as_of_year", year);
        Map<String, Object> params = new HashMap<>();
        List<String> row = new ArrayList<>();
        for (String column : BASIS_COLUMNS.split(",\\s*")) {
            row.add(":b_" + column + " as " + column);
            params.put("b_" + column, basis.get(column));
        }
        return new StandingQuery.Query(
                "(select t.cadre_id, " + SUMS + " from credit_year_total t cross join (select " + String.join(", ", row)
                        + ") b where t.year <= b.as_of_year and t.year > b.as_of_year - 11 and (" + cadres
                        + ") group by t.cadre_id, "
                        + BASIS_COLUMNS.replaceAll("(\\w+)", "b.$1") + ")",
                params);
    }

    void lockBasis() {
        jdbc.sql("select id from credit_standing_basis where id = 1 for update")
                .query(Integer.class)
                .single();
    }

    /** What the standing is to be built with: this year, the requirements' periods and hours, the policy. */
    Map<String, Object> basis() {
        List<Requirement> all = requirements.all();
        Requirement countyOnline = Requirements.of(all, Requirement.COUNTY_AND_ABOVE, CreditCategory.ONLINE);
        Requirement sectionOnline = Requirements.of(all, Requirement.SECTION_AND_BELOW, CreditCategory.ONLINE);
        Requirement sectionFt = Requirements.of(all, Requirement.SECTION_AND_BELOW, CreditCategory.FULL_TIME);
        CreditPolicy policy = policies.current();
        Map<String, Object> basis = new HashMap<>(standingQuery.rules(all, policy));
        basis.put("as_of_year", Year.now(clock).getValue());
        basis.put(
                "ft_county_years",
                Requirements.of(all, Requirement.COUNTY_AND_ABOVE, CreditCategory.FULL_TIME)
                        .periodYears());
        basis.put("ft_section_years", sectionFt.periodYears());
        basis.put("online_county_years", countyOnline.periodYears());
        basis.put("online_section_years", sectionOnline.periodYears());
        basis.put("carry_over", policy.carryOver());
        basis.put("ft_section_hours", sectionFt.hours().value());
        basis.put("online_county_hours", countyOnline.hours().value());
        basis.put("online_section_hours", sectionOnline.hours().value());
        return basis;
    }
}
