package org.cadretraining.completion;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.cadretraining.completion.CompletionStanding.Decision;
import org.cadretraining.completion.CompletionStanding.Reason;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCompleted;
import org.cadretraining.course.ItemCredits;
import org.cadretraining.credit.CreditCategory;
import org.cadretraining.credit.CreditLedger;
import org.cadretraining.credit.CreditSource;
import org.cadretraining.credit.NewCreditEntry;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides completion when a course is completed. It listens synchronously, in the transaction that completes the
 * course, so the course's status, every decision, the ledger entries and the certificates are written together or
 * not at all.
 */
@Component
class CompletionRecorder {

    private final CompletionJudge judge;
    private final ItemCredits itemCredits;
    private final CourseCatalog catalog;
    private final CreditLedger ledger;
    private final Certificates certificates;
    private final Explanations explanations;
    private final JdbcClient jdbc;
    private final Clock clock;

    CompletionRecorder(
            CompletionJudge judge,
            ItemCredits itemCredits,
            CourseCatalog catalog,
            CreditLedger ledger,
            Certificates certificates,
            Explanations explanations,
            JdbcClient jdbc,
            Clock clock) {
        this.judge = judge;
        this.itemCredits = itemCredits;
        this.catalog = catalog;
        this.ledger = ledger;
        this.certificates = certificates;
        this.explanations = explanations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(CourseCompleted completed) {
        long courseId = completed.courseId();
        if (decided(courseId)) {
            return;
        }
        CourseCatalog.CourseSummary course = catalog.course(courseId).orElseThrow();
        int year = course.endsOn().getYear();
        boolean onTheJob = course.trainingForm().onTheJob();
        Timestamp now = Timestamp.from(clock.instant());
        String ruleVersion = itemCredits.ruleVersion();
        for (Decision decision : judge.decide(courseId)) {
            long cadreId = decision.trainee().cadreId();
            jdbc.sql("""
                            insert into course_completion (course_id, cadre_id, completed, credited_hours, leave_hours,
                                                           decided_at)
                            values (?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            courseId,
                            cadreId,
                            decision.completed(),
                            decision.credited().value(),
                            decision.leave().value(),
                            now)
                    .update();
            for (Reason reason : decision.reasons()) {
                jdbc.sql("""
                                insert into course_completion_reason (course_id, cadre_id, code, text_zh, text_en)
                                values (?, ?, ?, ?, ?)
                                """)
                        .params(
                                courseId,
                                cadreId,
                                reason.code().name(),
                                reason.text().zh(),
                                reason.text().en())
                        .update();
            }
            // Per the brief, "credit hours are then written to the cadre's ledger" once the cadre completes: a
            // trainee who did not complete (withdrawn, short of hours, ...) gets no ledger entries for the items
            // they did attend; their attendance stays on the course's record.
            if (decision.completed()) {
                ledger.record(entries(courseId, cadreId, decision, ruleVersion, onTheJob));
                certificates.issue(courseId, cadreId, year);
            }
        }
    }

    /**
     * One entry per credited item, dated the item's day, so a course across New Year is split by year. An on-the-job
     * (在职) course's entries say so in their explanation and count no days of full-time training.
     */
    private List<NewCreditEntry> entries(
            long courseId, long cadreId, Decision decision, String ruleVersion, boolean onTheJob) {
        return decision.creditedItems().stream()
                .map(credited -> new NewCreditEntry(
                        cadreId,
                        credited.item().day(),
                        CreditCategory.FULL_TIME,
                        CreditSource.COURSE,
                        courseId,
                        "agenda-item:" + credited.item().id(),
                        credited.item().creditHours(),
                        onTheJob ? explanations.onTheJob(credited.explanation()) : credited.explanation(),
                        "system"))
                .map(entry -> onTheJob ? entry.asOnTheJob() : entry)
                .map(entry -> entry.byRule(ruleVersion))
                .toList();
    }

    private boolean decided(long courseId) {
        return jdbc.sql("select count(*) from course_completion where course_id = ?")
                        .param(courseId)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
