package org.cadretraining.report.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.cadretraining.shared.LocalizedText;

/** Values read from the archive's rows: bilingual names, a cadre's name, moments in the institution's time zone. */
final class Cells {

    private Cells() {}

    /** {@code <column>_zh} and {@code <column>_en}, the English falling back to Chinese. */
    static LocalizedText text(ResultSet rs, String column) throws SQLException {
        return both(rs.getString(column + "_zh"), rs.getString(column + "_en"));
    }

    /** A cadre's name ({@code name}, {@code name_en}). */
    static LocalizedText name(ResultSet rs) throws SQLException {
        return both(rs.getString("name"), rs.getString("name_en"));
    }

    static LocalizedText both(String zh, String en) {
        String chinese = zh == null ? "" : zh;
        return new LocalizedText(chinese, en == null || en.isBlank() ? chinese : en);
    }

    /** A moment as the local time of the institution; null stays null. */
    static LocalDateTime at(ResultSet rs, String column, ZoneId zone) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null
                ? null
                : LocalDateTime.ofInstant(value.toInstant(), zone).withNano(0);
    }
}
