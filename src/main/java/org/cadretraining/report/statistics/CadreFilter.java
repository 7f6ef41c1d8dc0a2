package org.cadretraining.report.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadretraining.shared.DomainException;

/**
 * Which cadres a drill-down lists: all of the scope, or those of a rank or a category ({@code NONE} = without one),
 * of a requirement tier, trained or not in the period, meeting a requirement or not, with a trainee place or not.
 * Every value is bound as a parameter; only known names reach the SQL.
 */
record CadreFilter(
        String rank,
        String category,
        String tier,
        Boolean trained,
        String requirement,
        Boolean met,
        Boolean withPlace) {

    static final CadreFilter ALL = new CadreFilter(null, null, null, null, null, null, null);
    private static final Set<String> TIERS = Set.of("COUNTY_AND_ABOVE", "SECTION_AND_BELOW");
    private static final Set<String> REQUIREMENTS = Set.of("FULL_TIME", "ONLINE");

    CadreFilter {
        rank = blankToNull(rank);
        category = blankToNull(category);
        tier = blankToNull(tier);
        requirement = blankToNull(requirement);
    }

    /** Refuses a value the page never offers, naming the field. */
    CadreFilter checked() {
        if (tier != null && !TIERS.contains(tier)) {
            throw DomainException.invalid("tier", "report.statistics.invalid.tier");
        }
        if (requirement != null && !REQUIREMENTS.contains(requirement)) {
            throw DomainException.invalid("requirement", "report.statistics.invalid.requirement");
        }
        if (met != null && requirement == null) {
            throw DomainException.invalid("met", "report.statistics.invalid.metWithoutRequirement");
        }
        return this;
    }

    /** The condition on {@code cadre_facts} and its parameters. */
    String where(Map<String, Object> params) {
        checked();
        List<String> conditions = new ArrayList<>();
        if (rank != null) {
            conditions.add("NONE".equals(rank) ? "rank_code is null" : "rank_code = :fRank");
            params.put("fRank", rank);
        }
        if (category != null) {
            conditions.add("NONE".equals(category) ? "category = ''" : "category = :fCategory");
            params.put("fCategory", category);
        }
        if (tier != null) {
            conditions.add("tier = :fTier");
            params.put("fTier", tier);
        }
        if (trained != null) {
            conditions.add(trained ? "trained" : "not trained");
        }
        if (requirement != null && met != null) {
            String column = "FULL_TIME".equals(requirement) ? "ft_met" : "online_met";
            conditions.add(met ? column : "not " + column);
        }
        if (withPlace != null) {
            conditions.add(withPlace ? "places > 0" : "places = 0");
        }
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    /** The filter as address parameters, for links and exports. */
    Map<String, Object> asParams() {
        Map<String, Object> params = new LinkedHashMap<>();
        put(params, "rank", rank);
        put(params, "category", category);
        put(params, "tier", tier);
        put(params, "trained", trained);
        put(params, "requirement", requirement);
        put(params, "met", met);
        put(params, "withPlace", withPlace);
        return params;
    }

    static void put(Map<String, Object> params, String name, Object value) {
        if (value != null) {
            params.put(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
