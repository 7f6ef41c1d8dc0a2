package org.cadretraining.credit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;

/**
 * One entry of a cadre's ledger as it is read: an entry that a later correction supersedes is still shown, marked
 * {@code superseded}, and no longer counts toward the totals. {@code ruleVersion} names the version of the rule that
 * produced the entry (null when none did, or before versions were kept).
 */
public record CreditEntryView(
        long id,
        long cadreId,
        int year,
        LocalDate earnedOn,
        CreditCategory category,
        CreditSource source,
        Long courseId,
        String sourceRef,
        CreditHours hours,
        LocalizedText explanation,
        Long correctsId,
        String correctionReason,
        Instant recordedAt,
        String recordedBy,
        boolean superseded,
        String ruleVersion,
        boolean onTheJob) {

    /**
     * The message key of the kind of training the entry is: its category, or on-the-job (在职) training, which earns
     * full-time 学时 but is not time away from the post.
     */
    public String kindKey() {
        return onTheJob ? "credit.category.onTheJob" : "credit.category." + category;
    }

    public boolean counts() {
        return !superseded;
    }

    /** The training rules version that produced the entry ("12", or "default"), or null when none is named. */
    public String rulesVersion() {
        return ruleVersion != null && ruleVersion.startsWith("training-rules:")
                ? ruleVersion.substring("training-rules:".length())
                : null;
    }

    public boolean isCorrection() {
        return correctsId != null;
    }

    /** One entry as the ledger's queries read it. */
    static CreditEntryView read(ResultSet rs, int row) throws SQLException {
        long correctsId = rs.getLong("corrects_id");
        boolean corrects = !rs.wasNull();
        long courseId = rs.getLong("course_id");
        boolean hasCourse = !rs.wasNull();
        return new CreditEntryView(
                rs.getLong("id"),
                rs.getLong("cadre_id"),
                rs.getInt("year"),
                rs.getObject("earned_on", LocalDate.class),
                CreditCategory.valueOf(rs.getString("category")),
                CreditSource.valueOf(rs.getString("source")),
                hasCourse ? courseId : null,
                rs.getString("source_ref"),
                CreditHours.of(rs.getBigDecimal("hours")),
                new LocalizedText(rs.getString("explanation_zh"), rs.getString("explanation_en")),
                corrects ? correctsId : null,
                rs.getString("correction_reason"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"),
                rs.getBoolean("superseded"),
                rs.getString("rule_version"),
                rs.getBoolean("on_the_job"));
    }
}
