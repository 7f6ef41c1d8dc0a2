package org.cadretraining.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.AdjustableClock;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AccountWebTest
class RotatingCodeTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CheckInCodes codes;

    @Autowired
    AdjustableClock clock;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnrolmentSetup enrolment;

    AttendanceFixture fixture;
    long courseId;
    long itemId;
    long trainee;

    @BeforeEach
    void course() {
        fixture = new AttendanceFixture(directory, jdbc, enrolment);
        LocalDate today = LocalDate.now(clock);
        courseId = fixture.course(today);
        itemId = fixture.itemOpenNow(courseId, clock, "LECTURE");
        trainee = fixture.trainee(courseId, "白静");
    }

    @Test
    void aTraineeWhoOpensTheCurrentCodeIsCheckedInOnce() {
        String code = codes.rotatingCode(itemId);
        String now = LocalTime.now(clock).truncatedTo(ChronoUnit.MINUTES).toString();
        assertThat(mvc.get().uri("/check-in?code={code}", code).with(as(TestPrincipal.cadre(trainee))))
                .hasStatusOk()
                .bodyText()
                .contains("签到成功 " + now);
        clock.advance(Duration.ofMinutes(3));
        assertThat(mvc.get().uri("/check-in/{code}", codes.rotatingCode(itemId)).with(as(TestPrincipal.cadre(trainee))))
                .hasStatusOk()
                .bodyText()
                .contains("您已于 " + now + " 签到");
        assertThat(fixture.checkIns(itemId)).isEqualTo(1);
        assertThat(jdbc.sql("select method from attendance_check where agenda_item_id = ?")
                        .param(itemId)
                        .query(String.class)
                        .single())
                .isEqualTo("ROTATING_CODE");
    }

    /** A place withdrawn counts at once, on every node: nothing about who may check in is kept in memory. */
    @Test
    void aTraineeWhosePlaceWasWithdrawnAMomentAgoIsRefused() {
        assertThat(mvc.get().uri("/check-in/{code}", codes.rotatingCode(itemId)).with(as(TestPrincipal.cadre(trainee))))
                .hasStatusOk();
        long next = fixture.itemOpenNow(courseId, clock, "LECTURE");
        jdbc.sql("update enrolment set status = 'WITHDRAWN' where course_id = ? and cadre_id = ?")
                .params(courseId, trainee)
                .update();
        assertThat(mvc.get().uri("/check-in/{code}", codes.rotatingCode(next)).with(as(TestPrincipal.cadre(trainee))))
                .hasStatus(403)
                .bodyText()
                .contains("您不是该培训班的学员，不能签到。");
        assertThat(fixture.checkIns(next)).isZero();
    }

    @Test
    void theCodeOfThePreviousWindowIsStillGood() {
        String code = codes.rotatingCode(itemId);
        clock.advance(Duration.ofSeconds(CheckInCodes.WINDOW_SECONDS));
        assertThat(mvc.get().uri("/check-in?code={code}", code).with(as(TestPrincipal.cadre(trainee))))
                .hasStatusOk();
        assertThat(fixture.checkIns(itemId)).isEqualTo(1);
    }

    @Test
    void anExpiredCodeIsRefusedOnceItHasChangedTwice() {
        String code = codes.rotatingCode(itemId);
        clock.advance(Duration.ofSeconds(2L * CheckInCodes.WINDOW_SECONDS));
        assertThat(mvc.get().uri("/check-in?code={code}", code).with(as(TestPrincipal.cadre(trainee))))
                .hasStatus(400)
                .bodyText()
                .contains("签到码已过期");
        assertThat(fixture.checkIns(itemId)).isZero();
    }

    @Test
    void aForgedOrTamperedCodeIsRefused() {
        String genuine = codes.rotatingCode(itemId);
        String[] parts = genuine.split("\\.");
        long otherItem = fixture.item(courseId, LocalDate.now(clock), "14:00", "17:00", "LECTURE");
        String tampered = otherItem + "." + parts[1] + "." + parts[2];
        String forged = itemId + "." + parts[1] + ".AAAAAAAAAAAAAAAAAAAAAA";
        for (String code : new String[] {tampered, forged, "garbage", itemId + "." + parts[1]}) {
            assertThat(mvc.get().uri("/check-in?code={code}", code).with(as(TestPrincipal.cadre(trainee))))
                    .hasStatus(400)
                    .bodyText()
                    .contains("签到码无效");
        }
        assertThat(fixture.checkIns(itemId) + fixture.checkIns(otherItem)).isZero();
    }

    @Test
    void someoneWhoIsNotATraineeOfTheCourseIsRefused() {
        long otherCourse = fixture.course(LocalDate.now(clock));
        long stranger = fixture.trainee(otherCourse, "王芳");
        String code = codes.rotatingCode(itemId);
        assertThat(mvc.get().uri("/check-in/{code}", code).with(as(TestPrincipal.cadre(stranger))))
                .hasStatus(403)
                .bodyText()
                .contains("您不是该培训班的学员");
        assertThat(mvc.get().uri("/check-in/{code}", code).with(as(TestPrincipal.liaison(fixture.unit))))
                .hasStatus(403);
        assertThat(mvc.get().uri("/check-in/{code}", code).with(as(fixture.classTeacher(courseId))))
                .hasStatus(403);
        assertThat(fixture.checkIns(itemId)).isZero();
    }

    @Test
    void theScreenShowsTheCodeOnlyToThoseWhoRunTheCheckIn() {
        assertThat(mvc.get()
                        .uri("/attendance/courses/{c}/items/{i}/screen", courseId, itemId)
                        .with(as(fixture.classTeacher(courseId))))
                .hasStatusOk()
                .bodyText()
                .contains("data-check-in-url=\"http://localhost/check-in?code=" + itemId + ".");
        assertThat(mvc.get()
                        .uri("/attendance/courses/{c}/items/{i}/screen", courseId, itemId)
                        .with(as(TestPrincipal.cadre(trainee))))
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/attendance/courses/{c}/items/{i}/screen", courseId, itemId)
                        .with(as(TestPrincipal.liaison(fixture.unit))))
                .hasStatus(403);
    }

    /**
     * A phone that is not signed in keeps the moment of its scan in a signed ticket, whose address asks for the
     * sign-in; a ticket altered by anyone is refused, and a code that is no good is refused before any sign-in.
     */
    @Test
    void theScanAddressKeepsTheScanInATicketAndAsksForASignIn() {
        var scanned =
                mvc.get().uri("/check-in/{code}", codes.rotatingCode(itemId)).exchange();
        assertThat(scanned).hasStatus(302);
        String ticket = scanned.getResponse().getHeader("Location");
        assertThat(ticket).startsWith("/check-in/scanned/T" + itemId + ".");
        assertThat(mvc.get().uri(ticket)).hasStatus(302).headers().hasValue("Location", "/login");

        String forged = ticket.replace("/T" + itemId + ".", "/T" + (itemId + 1) + ".");
        assertThat(mvc.get().uri(forged).with(as(TestPrincipal.cadre(trainee))))
                .hasStatus(400)
                .bodyText()
                .contains("签到码无效");
        assertThat(mvc.get().uri("/check-in/{code}", "x" + codes.rotatingCode(itemId)))
                .hasStatus(400)
                .bodyText()
                .contains("签到码无效");
    }
}
