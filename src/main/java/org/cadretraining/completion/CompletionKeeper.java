package org.cadretraining.completion;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.cadretraining.attendance.AttendanceMarked;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.TrainingRulesChanged;
import org.cadretraining.leave.CadreWithdrawn;
import org.cadretraining.leave.LeaveApproved;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each trainee's completion standing in step with what happened: attendance marked, leave approved, a
 * withdrawal, a make-up recorded or withdrawn re-judge the trainees concerned; new training rules re-judge every open course. Check-ins wait to be
 * judged together ({@link CheckInsWaiting}), and so do a changed agenda, changed dates and attendance recorded
 * afterwards, which re-judge the whole course ({@link CourseChangesWaiting}). The standings live in the database, written under the
 * course's row lock, so every node reads the same and the last recomputation sees every change committed before it.
 */
@Component
class CompletionKeeper {

    private final CompletionJudge judge;
    private final KeptStandings kept;
    private final CourseCatalog catalog;
    private final WaitingJudgements waiting;
    private final Clock clock;

    CompletionKeeper(
            CompletionJudge judge, KeptStandings kept, WaitingJudgements waiting, CourseCatalog catalog, Clock clock) {
        this.judge = judge;
        this.kept = kept;
        this.waiting = waiting;
        this.catalog = catalog;
        this.clock = clock;
    }

    @KeptInTurn
    void on(AttendanceMarked event) {
        keep(event.courseId(), Set.of(event.cadreId()));
    }

    @KeptInTurn
    void on(LeaveApproved event) {
        keep(event.courseId(), Set.of(event.cadreId()));
    }

    @KeptInTurn
    void on(CadreWithdrawn event) {
        keep(event.courseId(), Set.of(event.cadreId()));
    }

    @KeptInTurn
    void on(MakeUpRecorded event) {
        keep(event.courseId(), Set.of(event.cadreId()));
    }

    @KeptInTurn
    void on(MakeUpWithdrawn event) {
        keep(event.courseId(), Set.of(event.cadreId()));
    }

    /** New rules change every open course's 学时 and cap: those with kept standings are judged again. */
    @KeptInTurn
    void on(TrainingRulesChanged event) {
        for (long courseId : kept.courses()) {
            if (catalog.course(courseId).map(c -> c.status().beforeCompletion()).orElse(false)) {
                keep(courseId, null);
            }
        }
    }

    /**
     * Judges the trainees among {@code cadreIds} (all of them when null) and keeps their standings, in a transaction
     * of its own that holds the course's row lock from before reading to the commit.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void keep(long courseId, Collection<Long> cadreIds) {
        if (catalog.course(courseId).isEmpty()) {
            return;
        }
        kept.lockCourse(courseId, clock.instant());
        List<CompletionStanding> standings = judge.standings(courseId, cadreIds);
        kept.replace(courseId, cadreIds, standings, clock.instant());
    }

    /**
     * Judges the trainees waiting in the course ({@link WaitingJudgements}), taken after the course's row lock is
     * held, so whoever judges the course next reads everything this judgement saw. False when none was waiting.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    boolean keepWaiting(long courseId) {
        kept.lockCourse(courseId, clock.instant());
        boolean everyone = waiting.takeWholeCourse(courseId);
        List<Long> cadreIds = waiting.take(courseId);
        if (!everyone && cadreIds.isEmpty()) {
            return false;
        }
        Collection<Long> judged = everyone ? null : cadreIds;
        kept.replace(courseId, judged, judge.standings(courseId, judged), clock.instant());
        return true;
    }

    /** Whether anyone in the course waits for the keeper's next round (then {@link #keepWaiting} judges them now). */
    boolean anyWaiting(long courseId) {
        return waiting.anyIn(courseId);
    }
}
