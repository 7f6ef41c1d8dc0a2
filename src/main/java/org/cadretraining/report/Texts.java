package org.cadretraining.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.cadretraining.shared.LocalizedText;

/** Bilingual names read from a row: {@code <column>_zh} and {@code <column>_en}, the English falling back to Chinese. */
final class Texts {

    private Texts() {}

    static LocalizedText of(ResultSet rs, String column) throws SQLException {
        String zh = rs.getString(column + "_zh");
        String en = rs.getString(column + "_en");
        return new LocalizedText(zh, en == null || en.isBlank() ? zh : en);
    }

    /** A name and, after a middle dot, the name of what it belongs to (an item and its course). */
    static LocalizedText title(ResultSet rs, String column, String within) throws SQLException {
        LocalizedText own = of(rs, column);
        if (within == null) {
            return own;
        }
        LocalizedText outer = of(rs, within);
        return new LocalizedText(join(own.zh(), outer.zh()), join(own.en(), outer.en()));
    }

    private static String join(String own, String outer) {
        return own == null || own.isBlank() ? outer : own + " · " + outer;
    }
}
