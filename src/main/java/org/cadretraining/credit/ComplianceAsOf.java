package org.cadretraining.credit;

import java.time.Clock;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Whether each cadre met their requirements as of a year, for the modules that report on it (the statistics and
 * the annual report): the judgement of {@link StandingQuery}, the one home of the rules (days, carry-over, pro rata,
 * promotion), so a report and the compliance page agree. This year's is the judgement kept on each cadre's row;
 * another year's is judged from the yearly totals of the years up to it, by the current rules.
 */
@Service
public class ComplianceAsOf {

    /**
     * A relation to join in SQL, with its parameters: one row per active cadre of the subtree, with the columns
     * {@code cadre_id}, {@code full_time_met}, {@code online_met}, {@code full_time_earned}, {@code
     * full_time_required}, {@code online_earned}, {@code online_required} (the hours counted in each requirement's
     * window ending with the year, and what is required of the cadre).
     */
    public record Relation(String sql, Map<String, Object> params) {}

    private static final String COLUMNS = "cadre_id, full_time_met, online_met, full_time_earned, full_time_required,"
            + " online_earned, online_required";

    private final StandingCurrency currency;
    private final CreditStanding standing;
    private final StandingQuery standingQuery;
    private final Clock clock;

    ComplianceAsOf(StandingCurrency currency, CreditStanding standing, StandingQuery standingQuery, Clock clock) {
        this.currency = currency;
        this.standing = standing;
        this.standingQuery = standingQuery;
        this.clock = clock;
    }

    /**
     * The cadres of the units whose path starts with {@code path} ("" for all) as of the end of {@code year}. Call
     * it before the first statement of a repeatable-read transaction: it may first bring the standing up to date.
     */
    public Relation standing(int year, String path) {
        currency.ensureCurrent();
        Map<String, Object> params = new HashMap<>();
        if (year == Year.now(clock).getValue()) {
            String where = "s.counted";
            if (!path.isEmpty()) {
                where += " and s.unit_id = any (array(select id from unit where path like :asOfPath))";
                params.put("asOfPath", path + "%");
            }
            return new Relation("(select " + COLUMNS + " from credit_standing s where " + where + ")", params);
        }
        String where = "c.active";
        String summed = "true";
        if (!path.isEmpty()) {
            String units = "array(select id from unit where path like :asOfPath)";
            where += " and c.unit_id = any (" + units + ")";
            // a unit's sums read its own cadres' totals, not every cadre's
            summed = "t.cadre_id in (select id from cadre where unit_id = any (" + units + "))";
            params.put("asOfPath", path + "%");
        }
        StandingQuery.Query sums = standing.sumsAsOf(year, summed);
        StandingQuery.Query judged = standingQuery.judged(year, sums.sql(), where);
        params.putAll(sums.params());
        params.putAll(judged.params());
        return new Relation("(" + judged.sql() + " select " + COLUMNS + " from judged)", params);
    }
}
