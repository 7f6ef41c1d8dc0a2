package org.cadretraining.completion;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadretraining.attendance.AttendanceMarked;
import org.cadretraining.attendance.CheckedIn;
import org.cadretraining.attendance.PastAttendanceRecorded;
import org.cadretraining.course.AgendaChanged;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseDatesChanged;
import org.cadretraining.course.ItemCredits;
import org.cadretraining.course.TrainingRulesChanged;
import org.cadretraining.leave.CadreWithdrawn;
import org.cadretraining.leave.LeaveApproved;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each trainee's completion standing in step with what happened: attendance recorded or marked, leave
 * approved, a withdrawal re-judge the trainees concerned; a changed agenda, changed dates, attendance recorded
 * afterwards or new training rules re-judge the whole course. The standings live in the database, written under the
 * course's row lock, so every node reads the same and the last recomputation sees every change committed before it.
 */
@Component
class CompletionKeeper {

    private final CompletionJudge judge;
    private final KeptStandings kept;
    private final ItemCredits items;
    private final CourseCatalog catalog;
    private final Clock clock;

    CompletionKeeper(CompletionJudge judge, KeptStandings kept, ItemCredits items, CourseCatalog catalog, Clock clock) {
        this.judge = judge;
        this.kept = kept;
        this.items = items;
        this.catalog = catalog;
        this.clock = clock;
    }

    @KeptInTurn
    void on(CheckedIn event) {
        Map<Long, Long> courseOf = items.coursesOfItems(
                event.cells().stream().map(CheckedIn.Cell::itemId).collect(Collectors.toSet()));
        Map<Long, Set<Long>> cadresByCourse = event.cells().stream()
                .filter(cell -> courseOf.containsKey(cell.itemId()))
                .collect(Collectors.groupingBy(
                        cell -> courseOf.get(cell.itemId()),
                        Collectors.mapping(CheckedIn.Cell::cadreId, Collectors.toSet())));
        cadresByCourse.forEach(this::keep);
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
    void on(PastAttendanceRecorded event) {
        keep(event.courseId(), null);
    }

    @KeptInTurn
    void on(AgendaChanged event) {
        keep(event.courseId(), null);
    }

    @KeptInTurn
    void on(CourseDatesChanged event) {
        keep(event.courseId(), null);
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
}
