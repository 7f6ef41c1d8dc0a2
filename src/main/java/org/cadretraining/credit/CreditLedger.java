package org.cadretraining.credit;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger of credit hours: what other modules write (entries earned, never edited) and read (a cadre's entries
 * and yearly totals). A correction is a new entry that supersedes one; the yearly totals move with every write.
 */
@Service
public class CreditLedger {

    private static final String ENTRY_COLUMNS = """
            e.id, e.cadre_id, e.year, e.earned_on, e.category, e.source, e.course_id, e.source_ref, e.hours,
            e.explanation_zh, e.explanation_en, e.corrects_id, e.correction_reason, e.recorded_at, e.recorded_by,
            e.rule_version, e.on_the_job,
            exists (select 1 from credit_entry later where later.corrects_id = e.id) as superseded
            """;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CreditTotals totals;
    private final StandingWrites standing;

    CreditLedger(JdbcClient jdbc, Clock clock, CreditTotals totals, StandingWrites standing) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.totals = totals;
        this.standing = standing;
    }

    /**
     * Writes the entries in the caller's transaction. An entry already written (same cadre, source and reference)
     * is left as it is, so a repeated write changes nothing. Returns how many entries were new.
     */
    @Transactional
    public int record(List<NewCreditEntry> entries) {
        int written = 0;
        Timestamp now = Timestamp.from(clock.instant());
        Set<Long> moved = new HashSet<>();
        for (NewCreditEntry entry : entries) {
            int inserted = jdbc.sql("""
                            insert into credit_entry (cadre_id, year, earned_on, category, source, course_id,
                                                      source_ref, hours, explanation_zh, explanation_en,
                                                      recorded_at, recorded_by, rule_version, on_the_job)
                            values (:cadre, :year, :earnedOn, :category, :source, :course, :ref, :hours,
                                    :zh, :en, :now, :by, :ruleVersion, :onTheJob)
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
                    .param("ruleVersion", entry.ruleVersion())
                    .param("onTheJob", entry.onTheJob())
                    .update();
            if (inserted > 0) {
                if (moved.isEmpty()) {
                    // only a write that moves the standing waits for, and holds off, a rebuild
                    standing.holdBasis();
                }
                totals.add(
                        entry.cadreId(),
                        entry.earnedOn(),
                        entry.category(),
                        entry.source(),
                        entry.hours().value(),
                        entry.onTheJob());
                if (entry.countsTrainingDays()) {
                    totals.countDays(entry.cadreId(), entry.trainingFrom(), entry.earnedOn());
                }
                moved.add(entry.cadreId());
            }
            written += inserted;
        }
        standing.refresh(moved);
        return written;
    }

    /** Every entry of the cadre, newest first, corrected ones included and marked as superseded. */
    @Transactional(readOnly = true)
    public List<CreditEntryView> entriesOf(long cadreId) {
        return jdbc.sql("select " + ENTRY_COLUMNS
                        + " from credit_entry e where e.cadre_id = :cadre order by e.earned_on desc, e.id desc")
                .param("cadre", cadreId)
                .query(CreditEntryView::read)
                .list();
    }

    /** The cadre's totals per year, latest year first; only years with entries appear. */
    @Transactional(readOnly = true)
    public List<YearTotals> totalsOf(long cadreId) {
        return jdbc.sql("select year, full_time, online from credit_year_total where cadre_id = :cadre"
                        + " and (full_time <> 0 or online <> 0) order by year desc")
                .param("cadre", cadreId)
                .query((rs, n) -> new YearTotals(
                        rs.getInt("year"),
                        CreditHours.of(rs.getBigDecimal("full_time")),
                        CreditHours.of(rs.getBigDecimal("online"))))
                .list();
    }

    /**
     * Supersedes an entry with a new one of {@code hours}, saying why. The original row stays as it was; the year's
     * total moves by the difference. Only the latest entry of a chain can be corrected.
     */
    @Transactional
    public CreditEntryView correct(long entryId, CreditHours hours, String reason, CurrentUser user) {
        if (!user.actsForInstitution()) {
            throw DomainException.forbidden();
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "credit.correction.reasonRequired");
        }
        CreditEntryView original = entry(entryId);
        if (original.superseded()) {
            throw DomainException.conflict("hours", "credit.correction.alreadyCorrected");
        }
        standing.holdBasis();
        long id;
        try {
            id = jdbc.sql("""
                            insert into credit_entry (cadre_id, year, earned_on, category, source, course_id,
                                                      source_ref, hours, explanation_zh, explanation_en,
                                                      corrects_id, correction_reason, recorded_at, recorded_by,
                                                      rule_version, on_the_job)
                            select cadre_id, year, earned_on, category, source, course_id, source_ref, :hours,
                                   explanation_zh, explanation_en, id, :reason, :now, :by, rule_version, on_the_job
                            from credit_entry where id = :id
                            returning id
                            """)
                    .param("hours", hours.value())
                    .param("reason", reason.strip())
                    .param("now", Timestamp.from(clock.instant()))
                    .param("by", user.username())
                    .param("id", entryId)
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException alreadyCorrected) {
            throw DomainException.conflict("hours", "credit.correction.alreadyCorrected");
        }
        BigDecimal delta = hours.value().subtract(original.hours().value());
        totals.add(
                original.cadreId(),
                original.earnedOn(),
                original.category(),
                original.source(),
                delta,
                original.onTheJob());
        if (original.category() == CreditCategory.FULL_TIME) {
            totals.recountDay(original.cadreId(), original.earnedOn());
        }
        standing.refresh(List.of(original.cadreId()));
        return entry(id);
    }

    @Transactional(readOnly = true)
    public CreditEntryView entry(long entryId) {
        return jdbc.sql("select " + ENTRY_COLUMNS + " from credit_entry e where e.id = :id")
                .param("id", entryId)
                .query(CreditEntryView::read)
                .optional()
                .orElseThrow(() -> DomainException.notFound("credit.entry.notFound"));
    }
}
