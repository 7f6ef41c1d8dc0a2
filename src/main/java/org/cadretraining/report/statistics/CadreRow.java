package org.cadretraining.report.statistics;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.cadretraining.shared.LocalizedText;

/** One cadre of a drill-down: who, where, and the facts the figures count for them. */
record CadreRow(
        long id,
        String staffNumber,
        String name,
        LocalizedText unit,
        LocalizedText rank,
        String category,
        String tier,
        long places,
        long days,
        BigDecimal courseHours,
        long completed,
        long leaves,
        long withdrawals,
        BigDecimal fullTime,
        BigDecimal online,
        BigDecimal hours,
        BigDecimal fullTimeWindow,
        BigDecimal fullTimeRequired,
        boolean fullTimeMet,
        BigDecimal onlineWindow,
        BigDecimal onlineRequired,
        boolean onlineMet,
        boolean trained) {

    static CadreRow of(ResultSet rs) throws SQLException {
        String rankZh = rs.getString("rank_zh");
        return new CadreRow(
                rs.getLong("id"),
                rs.getString("staff_number"),
                rs.getString("name"),
                new LocalizedText(rs.getString("unit_zh"), rs.getString("unit_en")),
                rankZh == null ? null : new LocalizedText(rankZh, rs.getString("rank_en")),
                rs.getString("category"),
                rs.getString("tier"),
                rs.getLong("places"),
                rs.getLong("days"),
                rs.getBigDecimal("course_hours"),
                rs.getLong("completed"),
                rs.getLong("leaves"),
                rs.getLong("withdrawals"),
                rs.getBigDecimal("full_time"),
                rs.getBigDecimal("online"),
                rs.getBigDecimal("hours"),
                rs.getBigDecimal("ft_window"),
                rs.getBigDecimal("ft_required"),
                rs.getBoolean("ft_met"),
                rs.getBigDecimal("online_window"),
                rs.getBigDecimal("online_required"),
                rs.getBoolean("online_met"),
                rs.getBoolean("trained"));
    }
}
