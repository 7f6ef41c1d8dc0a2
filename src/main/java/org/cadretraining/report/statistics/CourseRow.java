package org.cadretraining.report.statistics;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.cadretraining.shared.LocalizedText;

/** One course of a drill-down: what and when, and what it gave the scope's trainees. */
record CourseRow(
        long id,
        LocalizedText title,
        LocalDate startsOn,
        LocalDate endsOn,
        String form,
        String type,
        long places,
        long days,
        BigDecimal hours,
        long decided,
        long completed,
        long leaves,
        long withdrawals) {

    static CourseRow of(ResultSet rs) throws SQLException {
        String zh = rs.getString("title_zh");
        String en = rs.getString("title_en");
        return new CourseRow(
                rs.getLong("id"),
                new LocalizedText(zh, en == null || en.isBlank() ? zh : en),
                rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(),
                rs.getString("training_form"),
                rs.getString("category"),
                rs.getLong("places"),
                rs.getLong("days"),
                rs.getBigDecimal("hours"),
                rs.getLong("decided"),
                rs.getLong("completed"),
                rs.getLong("leaves"),
                rs.getLong("withdrawals"));
    }

    public int completionPercent() {
        return CadreTotals.percent(completed, decided);
    }
}
