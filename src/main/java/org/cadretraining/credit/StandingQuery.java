package org.cadretraining.credit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The one home of how a cadre meets their requirements, as SQL over a cadre's sums (never the entries): the
 * full-time requirement of their tier by hours (with what carried from last year) or by days of full-time training,
 * the online requirement by hours; under the pro rata policy a tier held earlier inside the window counts at its own
 * yearly rate; and the day the cadre was promoted to county level, from their service history. It is run when a
 * cadre's hours or service history change, and its result is kept on the cadre's standing row
 * ({@link StandingJudgement#judge}), which compliance, its figures and each cadre's progress read; it is run over the
 * yearly totals for a past year's standing ({@link ComplianceAsOf#standing}). So nothing judges a cadre but this query.
 */
@Component
class StandingQuery {

    /** The SQL of the judged standing (CTE {@code judged}, one row per cadre the condition selects). */
    record Query(String sql, Map<String, Object> params) {}

    /** The columns of the judgement, as the standing row keeps them. */
    static final String JUDGED_COLUMNS = """
            unit_id, rank_code, category, staff_number, name, counted, tier, promoted_on, window_days, other_days,
            full_time_required, full_time_days_required, full_time_earned, full_time_carried, full_time_days,
            full_time_by_hours, full_time_by_days, full_time_met, full_time_shortfall, online_required, online_earned,
            online_carried, online_met, online_shortfall""";

    private final Requirements requirements;
    private final CreditPolicies policies;
    private final Clock clock;

    StandingQuery(Requirements requirements, CreditPolicies policies, Clock clock) {
        this.requirements = requirements;
        this.policies = policies;
        this.clock = clock;
    }

    /**
     * The judgement as of the end of {@code year} of the cadres that {@code where} selects (a condition on the
     * cadre {@code c}, active or not), from {@code sums}: a relation with one row per cadre of the hours and days
     * inside each window and what carried over, as the standing keeps them (a cadre without a row has none).
     */
    Query judged(int year, String sums, String where) {
        List<Requirement> all = requirements.all();
        Requirement countyFt = Requirements.of(all, Requirement.COUNTY_AND_ABOVE, CreditCategory.FULL_TIME);
        Requirement sectionFt = Requirements.of(all, Requirement.SECTION_AND_BELOW, CreditCategory.FULL_TIME);
        Map<String, Object> params = new HashMap<>();
        params.put("cFt", countyFt.hours().value());
        params.put("sFt", sectionFt.hours().value());
        params.put("cFtDays", countyFt.days());
        params.put("sFtDays", sectionFt.days());
        params.put("cOn", required(all, Requirement.COUNTY_AND_ABOVE, CreditCategory.ONLINE));
        params.put("sOn", required(all, Requirement.SECTION_AND_BELOW, CreditCategory.ONLINE));
        // each tier's window as dates, and its yearly rate: what a tier held earlier inside the window counts for
        params.put("cStart", LocalDate.of(countyFt.firstYear(Year.of(year)), 1, 1));
        params.put("sStart", LocalDate.of(sectionFt.firstYear(Year.of(year)), 1, 1));
        params.put("windowEnd", LocalDate.of(year + 1, 1, 1));
        params.put("today", LocalDate.now(clock));
        params.put("cRate", perYear(countyFt.hours().value(), countyFt.periodYears()));
        params.put("sRate", perYear(sectionFt.hours().value(), sectionFt.periodYears()));
        params.put(
                "cDaysRate",
                countyFt.days() == null ? null : perYear(BigDecimal.valueOf(countyFt.days()), countyFt.periodYears()));
        params.put(
                "sDaysRate",
                sectionFt.days() == null
                        ? null
                        : perYear(BigDecimal.valueOf(sectionFt.days()), sectionFt.periodYears()));
        params.put("proRata", policies.current().rankChange() == RankChange.PRO_RATA);
        return new Query(SQL.formatted(sums, where), params);
    }

    /** What the judgement depends on besides the sums: a change of any means every cadre is judged again. */
    Map<String, Object> rules(List<Requirement> all, CreditPolicy policy) {
        Requirement countyFt = Requirements.of(all, Requirement.COUNTY_AND_ABOVE, CreditCategory.FULL_TIME);
        Requirement sectionFt = Requirements.of(all, Requirement.SECTION_AND_BELOW, CreditCategory.FULL_TIME);
        Map<String, Object> rules = new HashMap<>();
        rules.put("ft_county_hours", countyFt.hours().value());
        rules.put("ft_county_days", countyFt.days());
        rules.put("ft_section_days", sectionFt.days());
        rules.put("rank_change", policy.rankChange().name());
        return rules;
    }

    /** The judgement as of this year. */
    Query judged(String sums, String where) {
        return judged(Year.now(clock).getValue(), sums, where);
    }

    private static BigDecimal perYear(BigDecimal hours, int years) {
        return hours.divide(BigDecimal.valueOf(years), 6, java.math.RoundingMode.HALF_UP);
    }

    private static BigDecimal required(List<Requirement> all, String tier, CreditCategory category) {
        return Requirements.of(all, tier, category).hours().value();
    }

    private static final String SQL = """
            with standing as (
                select c.id as cadre_id, c.staff_number, c.name, c.unit_id, coalesce(c.rank_code, '') as rank_code,
                       c.category, c.active as counted, t.tier,
                       p.promoted_on,
                       case when t.county then :cFt::numeric else :sFt::numeric end as full_time_whole,
                       case when t.county then :cFtDays::int else :sFtDays::int end as full_time_days_whole,
                       coalesce(case when t.county then s.ft_county else s.ft_section + s.ft_section_carried end, 0)
                           as full_time_earned,
                       coalesce(case when t.county then 0 else s.ft_section_carried end, 0) as full_time_carried,
                       coalesce(case when t.county then s.days_county else s.days_section end, 0) as full_time_days,
                       case when t.county then :cOn::numeric else :sOn::numeric end as online_required,
                       coalesce(case when t.county then s.online_county + s.online_county_carried
                                     else s.online_section + s.online_section_carried end, 0) as online_earned,
                       coalesce(case when t.county then s.online_county_carried
                                     else s.online_section_carried end, 0) as online_carried,
                       coalesce(o.other_days, 0) as other_days,
                       case when t.county then :windowEnd::date - :cStart::date
                            else :windowEnd::date - :sStart::date end as window_days,
                       case when t.county then :sRate::numeric else :cRate::numeric end as other_rate,
                       case when t.county then :sDaysRate::numeric else :cDaysRate::numeric end as other_days_rate
                from cadre c
                left join cadre_rank r on r.code = c.rank_code
                cross join lateral (select coalesce(r.tier, 'SECTION_AND_BELOW') as tier,
                                           r.tier = 'COUNTY_AND_ABOVE' is true as county) t
                left join %s s on s.cadre_id = c.id
                left join lateral (
                    -- the first day at county level after the last day below it: a promotion
                    select min(a.valid_from) as promoted_on
                    from cadre_assignment a join cadre_rank ar on ar.code = a.rank_code
                    where t.county and a.cadre_id = c.id and ar.tier = 'COUNTY_AND_ABOVE'
                      and a.valid_from > (select max(b.valid_from) from cadre_assignment b
                                          left join cadre_rank br on br.code = b.rank_code
                                          where b.cadre_id = c.id
                                            and coalesce(br.tier, 'SECTION_AND_BELOW') = 'SECTION_AND_BELOW')
                ) p on true
                left join lateral (
                    -- under the pro rata policy: the days inside the window held at the other tier
                    select sum(greatest(least(coalesce(a.valid_to, :today::date), :windowEnd::date)
                                        - greatest(a.valid_from, case when t.county then :cStart::date
                                                                      else :sStart::date end), 0)) as other_days
                    from cadre_assignment a left join cadre_rank ar on ar.code = a.rank_code
                    where :proRata::boolean and a.cadre_id = c.id
                      and coalesce(ar.tier, 'SECTION_AND_BELOW') <> t.tier
                ) o on true
                where %s
            ),
            prorated as (
                select *,
                       case when other_days = 0 then full_time_whole
                            else round((full_time_whole * (window_days - other_days) / window_days
                                        + other_rate * other_days / 365.25) * 4) / 4 end as full_time_required,
                       case when other_days = 0 or full_time_days_whole is null then full_time_days_whole
                            else ceil(full_time_days_whole * (window_days - other_days)::numeric / window_days
                                      + coalesce(other_days_rate, 0) * other_days / 365.25)::int
                       end as full_time_days_required
                from standing
            ),
            judged as (
                select *,
                       case when full_time_met then 0.00
                            else greatest(full_time_required - full_time_earned, 0) end as full_time_shortfall,
                       greatest(online_required - online_earned, 0) as online_shortfall
                from (select *,
                             full_time_earned >= full_time_required as full_time_by_hours,
                             full_time_days_required is not null and full_time_days >= full_time_days_required
                                 as full_time_by_days,
                             (full_time_earned >= full_time_required
                              or (full_time_days_required is not null and full_time_days >= full_time_days_required))
                                 as full_time_met,
                             online_earned >= online_required as online_met
                      from prorated) m
            )
            """;
}
