package org.cadretraining.report.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Sums over rows of {@code cadre_facts}: how many cadres, how many trained, their trainee places, the 学时 they
 * earned in the period (full-time, online; of which external and online learning) and how many meet each
 * requirement. The same sums head a figure and foot the list it drills into.
 */
record CadreTotals(
        long cadres,
        long trained,
        long places,
        BigDecimal fullTime,
        BigDecimal online,
        BigDecimal external,
        long externalCadres,
        BigDecimal onlineLearning,
        long onlineLearningCadres,
        long fullTimeMet,
        long onlineMet,
        long allMet) {

    static final BigDecimal NO_HOURS = new BigDecimal("0.00");

    static final CadreTotals NONE = new CadreTotals(0, 0, 0, NO_HOURS, NO_HOURS, NO_HOURS, 0, NO_HOURS, 0, 0, 0, 0);

    static final String SUMS = """
            count(*) as cadres, count(*) filter (where trained) as trained,
            coalesce(sum(places), 0) as places,
            coalesce(sum(full_time), 0.00) as full_time, coalesce(sum(online), 0.00) as online,
            coalesce(sum(external), 0.00) as external, count(*) filter (where external > 0) as external_cadres,
            coalesce(sum(online_learning), 0.00) as online_learning,
            count(*) filter (where online_learning > 0) as online_learning_cadres,
            count(*) filter (where ft_met) as ft_met, count(*) filter (where online_met) as online_met,
            count(*) filter (where ft_met and online_met) as all_met
            """;

    /** The same sums over rows that each hold the sums of a group of cadres ({@code cadre_groups}). */
    static final String GROUP_SUMS = """
            coalesce(sum(cadres), 0) as cadres, coalesce(sum(trained), 0) as trained,
            coalesce(sum(places), 0) as places,
            coalesce(sum(full_time), 0.00) as full_time, coalesce(sum(online), 0.00) as online,
            coalesce(sum(external), 0.00) as external, coalesce(sum(external_cadres), 0) as external_cadres,
            coalesce(sum(online_learning), 0.00) as online_learning,
            coalesce(sum(online_learning_cadres), 0) as online_learning_cadres,
            coalesce(sum(full_time_met), 0) as ft_met, coalesce(sum(online_met), 0) as online_met,
            coalesce(sum(all_met), 0) as all_met
            """;

    static CadreTotals of(ResultSet rs) throws SQLException {
        return new CadreTotals(
                rs.getLong("cadres"),
                rs.getLong("trained"),
                rs.getLong("places"),
                rs.getBigDecimal("full_time"),
                rs.getBigDecimal("online"),
                rs.getBigDecimal("external"),
                rs.getLong("external_cadres"),
                rs.getBigDecimal("online_learning"),
                rs.getLong("online_learning_cadres"),
                rs.getLong("ft_met"),
                rs.getLong("online_met"),
                rs.getLong("all_met"));
    }

    public BigDecimal hours() {
        return fullTime.add(online);
    }

    /** 学时 per cadre of the scope (trained or not), to two places. */
    public BigDecimal hoursPerCadre() {
        return cadres == 0 ? NO_HOURS : hours().divide(BigDecimal.valueOf(cadres), 2, RoundingMode.HALF_UP);
    }

    public int trainedPercent() {
        return percent(trained, cadres);
    }

    public int allMetPercent() {
        return percent(allMet, cadres);
    }

    /** A share in whole percent, rounded down, as the compliance figures round. */
    static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) (part * 100 / whole);
    }
}
