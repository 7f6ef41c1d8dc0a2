package org.cadretraining.credit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may write to the ledger: entries earned, never edited; a correction is a new entry. */
@Service
public class CreditLedger {

    private final JdbcClient jdbc;
    private final Clock clock;

    CreditLedger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Writes the entries in the caller's transaction. An entry already written (same cadre, source and reference)
     * is left as it is, so a repeated write changes nothing. Returns how many entries were new.
     */
    @Transactional
    public int record(List<NewCreditEntry> entries) {
        int written = 0;
        Timestamp now = Timestamp.from(clock.instant());
        for (NewCreditEntry entry : entries) {
            written += jdbc.sql("""
                            insert into credit_entry (cadre_id, year, earned_on, category, source, course_id,
                                                      source_ref, hours, explanation_zh, explanation_en,
                                                      recorded_at, recorded_by)
                            values (:cadre, :year, :earnedOn, :category, :source, :course, :ref, :hours,
                                    :zh, :en, :now, :by)
                            on conflict do nothing
                            """)
                    .param("cadre", entry.cadreId())
                    .param("year", entry.earnedOn().getYear())
                    .param("earnedOn", entry.earnedOn())
                    .param("category", entry.category().name())
                    .param("source", entry.source().name())
                    .param("course", entry.courseId())
                    .param("ref", entry.sourceRef())
                    .param("hours", entry.hours().value())
                    .param("zh", entry.explanation().zh())
                    .param("en", entry.explanation().en())
                    .param("now", now)
                    .param("by", entry.recordedBy())
                    .update();
        }
        return written;
    }
}
