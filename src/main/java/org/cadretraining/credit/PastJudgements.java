package org.cadretraining.credit;

import java.time.Clock;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each active cadre's judgement as of the end of each of the last few years ({@code credit_past_standing}), kept with
 * its units' counts ({@code credit_past_unit}) by the rules it was judged with, so that a past year's figures for
 * many cadres sum a few thousand rows instead of judging every cadre as of that year. A cadre judged again for this
 * year is marked ({@link PastMarks}, in the judging transaction): their past judgement may have changed too (a ledger
 * entry of a past year, a move, a rank or service-history change). A reader counts the marked cadres live by the
 * one judgement ({@link StandingQuery}), so the counts are exact in every snapshot; {@link PastFolding} writes the
 * marked cadres' rows again in the background and (re)judges a year whose rules are not the current ones.
 */
@Component
class PastJudgements {

    /** The cadres whose kept rows may be out of date: marked, or marked stale and not yet judged for this year. */
    static final String MARKED =
            "array(select cadre_id from credit_past_stale union select cadre_id from credit_standing_stale)";

    /** The counts of a kept year ({@code %1$s}: the units, on {@code k}; {@code %2$s}: the marked cadres judged). */
    private static final String COUNTS = """
            (select rank_code, category, sum(cadres) as cadres, sum(full_time_met) as full_time_met,
                    sum(online_met) as online_met, sum(all_met) as all_met
             from (select k.rank_code, k.category, k.cadres, k.full_time_met, k.online_met, k.all_met
                   from credit_past_unit k where k.year = :pastYear and %1$s
                   -- the marked cadres' kept rows taken out, and their judgement counted live instead
                   union all
                   select k.rank_code, k.category, -1, -k.full_time_met::int, -k.online_met::int,
                          -(k.full_time_met and k.online_met)::int
                   from credit_past_standing k
                   where k.year = :pastYear and k.cadre_id = any(%3$s) and %1$s
                   union all
                   select k.rank_code, k.category, 1, k.full_time_met::int, k.online_met::int,
                          (k.full_time_met and k.online_met)::int
                   from (%2$s select unit_id, rank_code, category, full_time_met, online_met from judged
                         where counted) k
                   where %1$s) x
             group by rank_code, category)""";

    private final JdbcClient jdbc;
    private final CreditStanding standing;
    private final StandingQuery standingQuery;
    private final Clock clock;
    private final int yearsKept;

    PastJudgements(
            JdbcClient jdbc,
            CreditStanding standing,
            StandingQuery standingQuery,
            Clock clock,
            @Value("${app.credit.past-years-kept:5}") int yearsKept) {
        this.jdbc = jdbc;
        this.standing = standing;
        this.standingQuery = standingQuery;
        this.clock = clock;
        this.yearsKept = yearsKept;
    }

    /** The years kept: those just before this one, the latest first. */
    List<Integer> years() {
        int thisYear = Year.now(clock).getValue();
        return IntStream.rangeClosed(1, yearsKept)
                .map(n -> thisYear - n)
                .boxed()
                .toList();
    }

    /** What a past judgement depends on besides the cadres' own facts: the requirements and the policy. */
    String rules() {
        Map<String, Object> rules = new TreeMap<>(standing.basis());
        rules.remove("as_of_year");
        return rules.toString();
    }

    /**
     * The counts of {@code year} per rank ({@code rank_code}, '' for none) and {@code category} over the units whose
     * path starts with {@code path} ("" for all): {@code cadres}, {@code full_time_met}, {@code online_met}, {@code
     * all_met}; empty when the year is not kept by the current rules (then it is judged cadre by cadre). Read in the
     * caller's snapshot, which the statement that uses it must share.
     */
    Optional<ComplianceAsOf.Relation> counts(int year, String path) {
        if (!years().contains(year) || !keptBy(year, rules())) {
            return Optional.empty();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("pastYear", year);
        String units = "true";
        if (!path.isEmpty()) {
            units = "k.unit_id = any (array(select id from unit where path like :pastPath))";
            params.put("pastPath", path + "%");
        }
        StandingQuery.Query marked = judged(year, "t.cadre_id = any(" + MARKED + ")", "c.id = any(" + MARKED + ")");
        params.putAll(marked.params());
        return Optional.of(new ComplianceAsOf.Relation(COUNTS.formatted(units, marked.sql(), MARKED), params));
    }

    /**
     * The judgement as of the end of {@code year} (CTE {@code judged}) of the cadres {@code where} selects (a
     * condition on the cadre {@code c}), from the yearly sums {@code sumsOf} selects (a condition on the totals
     * {@code t}: the same cadres, or {@code true}).
     */
    StandingQuery.Query judged(int year, String sumsOf, String where) {
        StandingQuery.Query sums = standing.sumsAsOf(year, sumsOf);
        StandingQuery.Query judged = standingQuery.judged(year, sums.sql(), where);
        Map<String, Object> params = new HashMap<>(sums.params());
        params.putAll(judged.params());
        return new StandingQuery.Query(judged.sql(), params);
    }

    /** Whether {@code year} is kept, judged by {@code rules}. */
    boolean keptBy(int year, String rules) {
        return jdbc.sql("select exists (select 1 from credit_past_year where year = :year and rules = :rules)")
                .param("year", year)
                .param("rules", rules)
                .query(Boolean.class)
                .single();
    }
}
