package org.cadretraining.report.archive;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.cadretraining.evaluation.EvaluationFigures;
import org.cadretraining.report.archive.CourseArchive.Header;
import org.cadretraining.report.archive.CourseArchive.Member;
import org.cadretraining.report.archive.CourseArchive.ProgrammeItem;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a course's archive for someone who may open it, in one read-only transaction so that every section shows
 * the same moment. It writes nothing to the modules it reads.
 */
@Service
class CourseArchives {

    private final ArchiveRights rights;
    private final ArchiveProgramme programme;
    private final ArchivePeople people;
    private final ArchiveAttendance attendance;
    private final ArchiveOutcomes outcomes;
    private final ArchiveRecords records;
    private final EvaluationFigures evaluation;
    private final Clock clock;

    CourseArchives(
            ArchiveRights rights,
            ArchiveProgramme programme,
            ArchivePeople people,
            ArchiveAttendance attendance,
            ArchiveOutcomes outcomes,
            ArchiveRecords records,
            EvaluationFigures evaluation,
            Clock clock) {
        this.rights = rights;
        this.programme = programme;
        this.people = people;
        this.attendance = attendance;
        this.outcomes = outcomes;
        this.records = records;
        this.evaluation = evaluation;
        this.clock = clock;
    }

    /** The archive, after checking that the user may open it (a course that does not exist is not found). */
    @Transactional(readOnly = true)
    CourseArchive read(long courseId, CurrentUser user) {
        Header header = header(courseId);
        rights.requireMayOpen(courseId, user);
        return read(header);
    }

    /** The archive for a job whose requester's rights were checked when it was asked for. */
    @Transactional(readOnly = true)
    CourseArchive readForJob(long courseId) {
        return read(header(courseId));
    }

    Header header(long courseId) {
        return programme.header(courseId).orElseThrow(() -> DomainException.notFound("report.archive.notFound"));
    }

    private CourseArchive read(Header header) {
        long courseId = header.id();
        List<ProgrammeItem> items = programme.programme(courseId);
        List<Member> roster = people.roster(courseId);
        ArchiveAttendance.Sheet sheet = attendance.of(courseId, items, roster);
        return new CourseArchive(
                header,
                items,
                programme.changes(courseId),
                roster,
                sheet.tallies(),
                sheet.trainees(),
                people.leave(courseId),
                people.withdrawals(courseId),
                outcomes.makeUps(courseId),
                outcomes.decisions(courseId),
                evaluation.ofCourse(courseId).orElse(null),
                outcomes.reflections(courseId),
                outcomes.certificates(courseId),
                records.articles(courseId),
                records.materials(courseId),
                records.photos(courseId),
                LocalDateTime.now(clock).withNano(0));
    }
}
