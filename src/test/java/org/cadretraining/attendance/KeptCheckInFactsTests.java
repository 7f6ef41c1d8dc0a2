package org.cadretraining.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.time.LocalDate;
import java.util.Optional;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.AdjustableClock;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A burst of check-ins is judged on facts each node keeps in memory (places, windows, device grants and their holders),
 * yet the outcome is always the database's: a change made on another node, which this node has not heard of, is
 * caught by the writer, which reads the facts' version in the transaction that records the scan and judges it again;
 * and a refusal is never decided on kept facts. The changes here are made with plain SQL, as another node would.
 */
@AccountWebTest
// this node must not learn the change by itself (it reads the version a few times a second): the writer must catch it
@TestPropertySource(properties = "app.cluster.watch-interval=1h")
class KeptCheckInFactsTests {

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

    @Autowired
    TraineeRoster roster;

    AttendanceFixture fixture;
    long courseId;
    long first;
    long second;
    long third;
    long trainee;

    @BeforeEach
    void course() {
        fixture = new AttendanceFixture(directory, jdbc, enrolment);
        courseId = fixture.course(LocalDate.now(clock));
        first = fixture.itemOpenNow(courseId, clock, "LECTURE");
        second = fixture.itemOpenNow(courseId, clock, "GROUP_DISCUSSION");
        third = fixture.itemOpenNow(courseId, clock, "SELF_STUDY");
        trainee = fixture.trainee(courseId, "韩梅");
    }

    @Test
    void aPlaceWithdrawnOnAnotherNodeStopsTheNextCheckInThoughThisNodeStillKeepsIt() {
        // the first check-in's writer learns the facts' version; the second is judged on facts kept under it
        assertThat(checkIn(first)).hasStatusOk();
        assertThat(checkIn(second)).hasStatusOk();
        withdraw();

        // this node has heard nothing: it still keeps the place
        assertThat(roster.kept(courseId, trainee).value()).contains(CourseRole.PARTICIPANT);
        assertThat(checkIn(third)).hasStatus(403).bodyText().contains("您不是该培训班的学员，不能签到。");
        assertThat(fixture.checkIns(third)).isZero();
        assertThat(jdbc.sql("select reason_code from attendance_audit where agenda_item_id = ?")
                        .param(third)
                        .query(String.class)
                        .list())
                .containsExactly("not_enrolled");
        // the writer learned the newer version: what the node kept is gone
        assertThat(roster.kept(courseId, trainee).value()).isEmpty();
    }

    @Test
    void aPlaceGivenOnAnotherNodeCountsThoughThisNodeKeptItsAbsence() {
        withdraw();
        assertThat(checkIn(first)).hasStatus(403);
        assertThat(roster.kept(courseId, trainee).value()).isEqualTo(Optional.empty());

        jdbc.sql("update enrolment set status = 'APPROVED' where course_id = ? and cadre_id = ?")
                .params(courseId, trainee)
                .update();

        assertThat(checkIn(first)).hasStatusOk().bodyText().contains("签到成功");
        assertThat(fixture.checkIns(first)).isEqualTo(1);
    }

    @Test
    void theVersionGoesUpOnceForEachTransactionThatChangesAFactAndNotForADeviceInUse() {
        long before = version();
        jdbc.sql("update enrolment set course_role = course_role where course_id = ?")
                .param(courseId)
                .update();
        assertThat(version()).isEqualTo(before + 1);

        jdbc.sql("update agenda_item set title_zh = title_zh where course_id = ?")
                .param(courseId)
                .update();
        assertThat(version()).isEqualTo(before + 2);

        // a grant's "last used", written once a minute while its device scans, changes nothing a check-in is judged on
        jdbc.sql("update attendance_device_grant set last_used_at = now()").update();
        jdbc.sql("update account set locale = locale").update();
        assertThat(version()).isEqualTo(before + 2);
    }

    private void withdraw() {
        jdbc.sql("update enrolment set status = 'WITHDRAWN' where course_id = ? and cadre_id = ?")
                .params(courseId, trainee)
                .update();
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult checkIn(long itemId) {
        return mvc.get()
                .uri("/check-in?code={code}", codes.rotatingCode(itemId))
                .with(as(TestPrincipal.cadre(trainee)))
                .exchange();
    }

    private long version() {
        return jdbc.sql("select version from check_in_facts_version")
                .query(Long.class)
                .single();
    }
}
