package org.cadretraining.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.Accounts;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.TwoNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes on one database, each keeping the facts a check-in is judged on: a change made on one node (a device
 * grant revoked, a trainee's place withdrawn) is forgotten by the other within a second, although no check-in passed
 * there to tell it, so both nodes answer alike (a revoked device token refused as revoked).
 */
class CheckInFactsAcrossNodesTests {

    private static final Duration WITHIN = Duration.ofSeconds(1);

    private static TwoNodes nodes;
    private AttendanceFixture fixture;
    private long courseId;
    private JdbcClient jdbc;

    @BeforeAll
    static void start() throws Exception {
        nodes = TwoNodes.start(new Class<?>[] {AccountWebTest.Support.class});
    }

    @AfterAll
    static void stop() throws Exception {
        nodes.close();
    }

    @BeforeEach
    void course() {
        ConfigurableApplicationContext first = nodes.first;
        jdbc = first.getBean(JdbcClient.class);
        fixture = new AttendanceFixture(
                first.getBean(OrganisationDirectory.class), jdbc, first.getBean(EnrolmentSetup.class));
        LocalDate today = LocalDate.now(first.getBean(Clock.class));
        courseId = fixture.course("跨节点培训班", today.minusDays(1), today.plusDays(1), "IN_PROGRESS");
    }

    @Test
    void aDeviceRevokedOnOneNodeIsRefusedAsRevokedByTheOtherWithinASecond() {
        ConfigurableApplicationContext first = nodes.first;
        CurrentUser organiser =
                new DeviceHolders(first.getBean(TestAccounts.class), first.getBean(Accounts.class), jdbc).organiser();
        DeviceGrants onFirst = first.getBean(DeviceGrants.class);
        DeviceGrants.Issued issued = onFirst.issue(courseId, organiser);
        DeviceTokenCheck onSecond = nodes.second.getBean(DeviceTokenCheck.class);
        String bearer = "Bearer " + issued.token();
        assertThat(onSecond.use(bearer, courseId).granted()).isTrue();
        assertThat(onSecond.use(bearer, courseId).granted())
                .as("the second node now keeps the grant")
                .isTrue();

        onFirst.revoke(courseId, issued.grantId(), organiser);

        within(() -> onSecond.use(bearer, courseId).refusal() == CheckInRefusal.REVOKED);
    }

    @Test
    void aPlaceWithdrawnOnOneNodeIsForgottenByTheOtherWithinASecond() {
        long trainee = fixture.trainee(courseId, "韩梅");
        TraineeRoster onSecond = nodes.second.getBean(TraineeRoster.class);
        assertThat(onSecond.kept(courseId, trainee).value()).contains(CourseRole.PARTICIPANT);

        jdbc.sql("update enrolment set status = 'WITHDRAWN' where course_id = ? and cadre_id = ?")
                .params(courseId, trainee)
                .update();

        within(() -> onSecond.kept(courseId, trainee).value().isEmpty());
    }

    /** Asks until the answer is as expected, failing once the deadline has passed. */
    private static void within(BooleanSupplier expected) {
        Instant deadline = Instant.now().plus(WITHIN);
        boolean met = expected.getAsBoolean();
        while (!met && Instant.now().isBefore(deadline)) {
            sleep();
            met = expected.getAsBoolean();
        }
        assertThat(met)
                .as("the other node has learned the change within %s", WITHIN)
                .isTrue();
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
