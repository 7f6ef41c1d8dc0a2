package org.cadretraining.report.statistics;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Sums over rows of {@code course_facts}: courses held, trainee places (人次), trainee-days, 学时 delivered to the
 * scope's trainees, completion decided and reached, approved leave and withdrawals.
 */
record CourseTotals(
        long courses,
        long places,
        long days,
        BigDecimal hours,
        long decided,
        long completed,
        long leaves,
        long withdrawals) {

    static final CourseTotals NONE = new CourseTotals(0, 0, 0, CadreTotals.NO_HOURS, 0, 0, 0, 0);

    static final String SUMS = """
            count(*) as courses, coalesce(sum(places), 0) as places, coalesce(sum(days), 0) as days,
            coalesce(sum(hours), 0.00) as hours, coalesce(sum(decided), 0) as decided,
            coalesce(sum(completed), 0) as completed, coalesce(sum(leaves), 0) as leaves,
            coalesce(sum(withdrawals), 0) as withdrawals
            """;

    static CourseTotals of(ResultSet rs) throws SQLException {
        return new CourseTotals(
                rs.getLong("courses"),
                rs.getLong("places"),
                rs.getLong("days"),
                rs.getBigDecimal("hours"),
                rs.getLong("decided"),
                rs.getLong("completed"),
                rs.getLong("leaves"),
                rs.getLong("withdrawals"));
    }

    /** Completed among the places whose completion was decided. */
    public int completionPercent() {
        return CadreTotals.percent(completed, decided);
    }
}
