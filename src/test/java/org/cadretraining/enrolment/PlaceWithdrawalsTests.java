package org.cadretraining.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.cadretraining.organisation.OrganisationDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A trainee withdrawn (退学) for leave past the cap: their place is no longer admitted, keeps who, when and why,
 * stays in the unit's quota use, and is not taken by the waiting list once the course has started.
 */
@SpringBootTest
class PlaceWithdrawalsTests {

    static final LocalDate MARCH_17 = LocalDate.of(2030, 3, 17);
    static final Instant DECIDED = Instant.parse("2030-03-18T02:00:00Z");

    @Autowired
    PlaceWithdrawals withdrawals;

    @Autowired
    DirectEnrolments direct;

    @Autowired
    Nominations nominations;

    @Autowired
    Quotas quotas;

    @Autowired
    ClassMembers members;

    @Autowired
    EnrolmentStore store;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    EnrolmentFixture world;
    long course;
    long baiJing;
    long liMing;
    long waiting;
    long withdrawnPlace;
    long waitingPlace;

    @BeforeEach
    void world() {
        world = new EnrolmentFixture(directory, jdbc);
        course = world.course(MARCH_17, MARCH_17.plusDays(4), 2);
        quotas.allocate(course, world.schoolA, 2, world.organiser);
        baiJing = world.cadre("白静", world.schoolA);
        liMing = world.cadre("李明", world.schoolA);
        waiting = world.cadre("赵候补", world.schoolB);
        withdrawnPlace = direct.enrol(course, baiJing, CourseRole.PARTICIPANT, world.organiser)
                .id();
        direct.enrol(course, liMing, CourseRole.PARTICIPANT, world.organiser);
        waitingPlace = direct.enrol(course, waiting, CourseRole.PARTICIPANT, world.organiser)
                .id();
        assertThat(world.statusOf(waitingPlace)).isEqualTo("WAITLISTED");
    }

    @Test
    void aWithdrawnTraineeIsNoLongerAdmittedAndTheReasonIsKept() {
        started();

        assertThat(withdrawals.discontinue(course, baiJing, "请假 4.00 学时 / Leave of 4.00", DECIDED, "organiser"))
                .isTrue();

        Enrolment place = store.find(withdrawnPlace);
        assertThat(place.status()).isEqualTo(EnrolmentStatus.DISCONTINUED);
        assertThat(place.reason()).isEqualTo("请假 4.00 学时 / Leave of 4.00");
        assertThat(place.decidedAt()).isEqualTo(DECIDED);
        assertThat(place.decidedBy()).isEqualTo("organiser");
        // out of the class (check-in, headcounts, questionnaires) but still among those completion judges
        assertThat(members.classList(course)).extracting(ClassMember::cadreId).containsExactly(liMing);
        assertThat(members.everyoneAdmitted(course))
                .extracting(ClassMember::cadreId)
                .containsExactlyInAnyOrder(baiJing, liMing);
        assertThat(members.roleOf(course, baiJing)).isEmpty();
        assertThat(store.placesTaken(course)).isEqualTo(1);
        // the first withdrawal stands
        assertThat(withdrawals.discontinue(course, baiJing, "again", DECIDED, "someone"))
                .isFalse();
        assertThat(store.find(withdrawnPlace).reason()).isEqualTo("请假 4.00 学时 / Leave of 4.00");
    }

    @Test
    void theWithdrawalStaysInTheUnitsQuotaUseAndCannotBeRefilled() {
        started();
        withdrawals.discontinue(course, baiJing, "请假过多", DECIDED, "organiser");

        assertThat(quotas.quotas(course)).containsExactly(new QuotaRow(world.schoolA, 2, 2, 1));
        assertThat(store.find(withdrawnPlace).status().freed()).isFalse();
    }

    @Test
    void onceTheCourseHasStartedNobodyMovesUpFromTheWaitingList() {
        started();

        withdrawals.discontinue(course, baiJing, "请假过多", DECIDED, "organiser");

        assertThat(world.statusOf(waitingPlace)).isEqualTo("WAITLISTED");
    }

    @Test
    void beforeTheCourseStartsTheWaitingListTakesThePlace() {
        withdrawals.discontinue(course, baiJing, "请假过多", DECIDED, "organiser");

        assertThat(world.statusOf(waitingPlace)).isEqualTo("APPROVED");
    }

    private void started() {
        jdbc.sql("update course set status = 'IN_PROGRESS' where id = ?")
                .param(course)
                .update();
    }
}
