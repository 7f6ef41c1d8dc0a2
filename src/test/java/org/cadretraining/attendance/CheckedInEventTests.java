package org.cadretraining.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.AdjustableClock;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * What completion is told of check-ins: one write may record scans of several courses at once (the writer takes
 * the scans arriving together from every device), and each recorded scan is told with its own item's course, so
 * that completion judges each course's trainees without reading the items again for every write of a burst.
 */
@AccountWebTest
@RecordApplicationEvents
class CheckedInEventTests {

    @Autowired
    CheckInWriter writer;

    @Autowired
    AdjustableClock clock;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnrolmentSetup enrolment;

    @Autowired
    ApplicationEvents events;

    @Test
    void scansOfTwoCoursesWrittenTogetherAreToldEachWithItsOwnCourse() {
        AttendanceFixture fixture = new AttendanceFixture(directory, jdbc, enrolment);
        LocalDate today = LocalDate.now(clock);
        long lectureCourse = fixture.course("市管干部专题讲座", today, today, "IN_PROGRESS");
        long lecture = fixture.itemOpenNow(lectureCourse, clock, "LECTURE");
        long ceremonyCourse = fixture.course("新任职干部任职宣誓仪式", today, today, "IN_PROGRESS");
        long ceremony = fixture.itemOpenNow(ceremonyCourse, clock, "OPENING_CEREMONY");
        long liMing = fixture.trainee(lectureCourse, "李明");
        long wangFang = fixture.trainee(ceremonyCourse, "王芳");
        Instant now = clock.instant();

        List<ScanResult> results = writer.writeTogether(
                List.of(
                        tap(lecture, liMing, now),
                        tap(ceremony, wangFang, now),
                        // answered as already checked in: it changes nothing, so completion is not told of it
                        tap(lecture, liMing, now.plusSeconds(30))),
                "desk");

        assertThat(results)
                .extracting(ScanResult::outcome)
                .containsExactly(ScanOutcome.RECORDED, ScanOutcome.RECORDED, ScanOutcome.CONFLICT);
        assertThat(events.stream(CheckedIn.class).flatMap(event -> event.cells().stream()))
                .containsExactlyInAnyOrder(
                        new CheckedIn.Cell(lectureCourse, lecture, liMing),
                        new CheckedIn.Cell(ceremonyCourse, ceremony, wangFang));
    }

    private static Scan tap(long itemId, long cadreId, Instant at) {
        return new Scan(UUID.randomUUID(), itemId, cadreId, Scan.Direction.IN, CheckMethod.STAFF_TAP, at, "tablet-1");
    }
}
