package org.cadretraining.credit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A subtree's totals of a year per rank and category, summed from the units' kept rows rather than from its
 * cadres, for the modules that report on many cadres at once (the statistics, the annual report): how many active
 * cadres, how many meet each requirement (as {@link ComplianceAsOf} judges them), and the 学时 of the year by
 * category and source with how many cadres earned any. This year's counts are the standing's; a past year's are
 * those kept of it ({@link PastJudgements}), or none: then that year is judged cadre by cadre ({@link ComplianceAsOf}).
 */
@Service
public class UnitTotals {

    private static final String SQL = """
            (select nullif(g.rank_code, '') as rank_code, g.category, g.cadres, g.full_time_met, g.online_met,
                    g.all_met, coalesce(y.earning, 0) as earning, coalesce(y.full_time, 0.00) as full_time,
                    coalesce(y.online, 0.00) as online, coalesce(y.external, 0.00) as external,
                    coalesce(y.external_cadres, 0) as external_cadres,
                    coalesce(y.online_learning, 0.00) as online_learning,
                    coalesce(y.online_learning_cadres, 0) as online_learning_cadres
             from %2$s g
             left join (select rank_code, category, sum(earning) as earning, sum(full_time) as full_time,
                               sum(online) as online, sum(external) as external,
                               sum(external_cadres) as external_cadres, sum(online_learning) as online_learning,
                               sum(online_learning_cadres) as online_learning_cadres
                        from credit_unit_year k where k.year = :keptYear and %1$s
                        group by rank_code, category) y
                    on y.rank_code = g.rank_code and y.category = g.category
             where g.cadres > 0)""";

    /** This year's counts per rank and category over the units {@code %1$s}. */
    private static final String THIS_YEAR = """
            (select rank_code, category, sum(cadres) as cadres, sum(full_time_met) as full_time_met,
                    sum(online_met) as online_met, sum(all_met) as all_met
             from credit_unit_compliance k where %1$s
             group by rank_code, category)""";

    private final StandingCurrency currency;
    private final PastJudgements past;
    private final Clock clock;

    UnitTotals(StandingCurrency currency, PastJudgements past, Clock clock) {
        this.currency = currency;
        this.past = past;
        this.clock = clock;
    }

    /**
     * The totals of the units whose path starts with {@code path} ("" for all) for {@code year}, as a relation with
     * one row per rank ({@code rank_code}, null for none) and {@code category} that has active cadres: {@code
     * cadres}, {@code full_time_met}, {@code online_met}, {@code all_met}, {@code earning} (cadres with full-time
     * and online 学时 of the year above zero), {@code full_time}, {@code online}, {@code external}, {@code
     * external_cadres}, {@code online_learning}, {@code online_learning_cadres}; empty when the year is not this
     * year nor a past year kept by the current rules ({@link PastJudgements}). Call it before the first statement of a
     * repeatable-read transaction: it may first bring the standing and the totals up to date, and its look at the
     * past years kept takes the snapshot.
     */
    public Optional<ComplianceAsOf.Relation> of(int year, String path) {
        Map<String, Object> params = new HashMap<>();
        params.put("keptYear", year);
        return counts(year, path, params)
                .map(counts -> new ComplianceAsOf.Relation(SQL.formatted(units(path), counts), params));
    }

    /**
     * The counts alone of the same units and year, for a range of days whose 学时 are summed from the entries: one
     * row per rank ({@code rank_code}, null for none) and {@code category} that has active cadres, with {@code
     * cadres}, {@code full_time_met}, {@code online_met} and {@code all_met}. Called as {@link #of} is.
     */
    public Optional<ComplianceAsOf.Relation> counts(int year, String path) {
        Map<String, Object> params = new HashMap<>();
        return counts(year, path, params)
                .map(counts -> new ComplianceAsOf.Relation(
                        "(select nullif(g.rank_code, '') as rank_code, g.category, g.cadres, g.full_time_met,"
                                + " g.online_met, g.all_met from " + counts + " g where g.cadres > 0)",
                        params));
    }

    /**
     * The totals of the same units for the days {@code from} to {@code to} (both included), with the columns of
     * {@link #of}: the cadres and who meets each requirement as of {@code year} (the year the days end in), and the
     * 学时 of those days with how many cadres earned any, from the units' kept days and months ({@link UnitDays}) and
     * the cadres' kept days ({@link CadreDays}). The cadres {@code earningAnyway} yields (a query of the caller's
     * statement with a column {@code cadre_id}, e.g. those holding a place in a course of those days; never a user's
     * text) count among {@code earning} whether or not they earned any. Called as {@link #of} is.
     */
    public Optional<ComplianceAsOf.Relation> ofRange(
            int year, LocalDate from, LocalDate to, String path, String earningAnyway) {
        Map<String, Object> params = new HashMap<>();
        // the range's whole months, read from the months; the days before and after them from the days
        LocalDate firstMonth =
                from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterMonths = to.plusDays(1).getDayOfMonth() == 1 ? to.plusDays(1) : to.withDayOfMonth(1);
        if (!firstMonth.isBefore(afterMonths)) {
            // no whole month: every day from the days
            firstMonth = to.plusDays(1);
            afterMonths = firstMonth;
        }
        params.put("rangeFrom", from);
        params.put("rangeTo", to);
        params.put("rangeFirstMonth", firstMonth);
        params.put("rangeAfterMonths", afterMonths);
        return counts(year, path, params)
                .map(counts ->
                        new ComplianceAsOf.Relation(RangeTotalsSql.of(units(path), counts, earningAnyway), params));
    }

    private Optional<String> counts(int year, String path, Map<String, Object> params) {
        currency.ensureCurrent();
        if (!path.isEmpty()) {
            params.put("keptPath", path + "%");
        }
        if (year == Year.now(clock).getValue()) {
            return Optional.of(THIS_YEAR.formatted(units(path)));
        }
        return past.counts(year, path).map(counts -> {
            params.putAll(counts.params());
            return counts.sql();
        });
    }

    private static String units(String path) {
        return path.isEmpty() ? "true" : "k.unit_id = any (array(select id from unit where path like :keptPath))";
    }
}
