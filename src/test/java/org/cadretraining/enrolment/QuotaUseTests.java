package org.cadretraining.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A place is a place however it was made: a unit's quota counts its cadres' places from the organiser's bulk and
 * direct enrolment as well as its liaison's nominations. The course is the weekly programme of real-courses.yaml
 * (嘉定镇街道“成长工程”培训班, weekly sessions over three months), 120 places, 8 for each unit.
 */
@SpringBootTest
class QuotaUseTests {

    @Autowired
    BulkEnrolment bulk;

    @Autowired
    DirectEnrolments direct;

    @Autowired
    Nominations nominations;

    @Autowired
    WaitingList waitingList;

    @Autowired
    Quotas quotas;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    EnrolmentFixture world;
    long course;

    @BeforeEach
    void world() {
        world = new EnrolmentFixture(directory, jdbc);
        LocalDate first = LocalDate.of(2031, 9, 4);
        course = world.course(first, first.plusWeeks(12), 120);
        quotas.allocate(course, world.schoolA, 8, world.organiser);
        quotas.allocate(course, world.schoolB, 8, world.organiser);
    }

    @Test
    void theOrganisersBulkEnrolmentUsesTheUnitsPlacesAndTheLiaisonCanNominateNoMore() {
        bulk.confirm(course, wanted(cadresOf(world.schoolA, 8)), null, null, null, world.organiser);

        assertThat(quota(world.schoolA))
                .extracting(QuotaRow::used, QuotaRow::remaining)
                .containsExactly(8, 0);
        assertThat(quota(world.schoolB).used()).isZero();
        long ninth = world.cadre("第九人", world.schoolA);
        assertThatThrownBy(() -> nominations.nominate(course, ninth, world.liaisonA))
                .isInstanceOf(DomainException.class)
                .hasMessage("enrolment.refused.quotaFull");
    }

    @Test
    void aDirectEnrolmentOfACadreBelowTheUnitUsesItsPlaces() {
        long designer = world.cadre("设计系干部", world.departmentOfA);
        Enrolment place = direct.enrol(course, designer, CourseRole.PARTICIPANT, world.organiser);

        assertThat(place.quotaUnitId()).isEqualTo(world.schoolA);
        assertThat(place.nominated()).isFalse();
        assertThat(quota(world.schoolA).used()).isEqualTo(1);
    }

    @Test
    void anOrganisersWaitingPlaceCountsAndIsApprovedNotNominatedWhenItMovesUp() {
        long small = world.course(LocalDate.of(2031, 10, 9), LocalDate.of(2031, 10, 9), 1);
        quotas.allocate(small, world.schoolA, 1, world.organiser);
        Enrolment first =
                direct.enrol(small, world.cadre("先报", world.schoolB), CourseRole.PARTICIPANT, world.organiser);
        Enrolment waiting =
                direct.enrol(small, world.cadre("候补", world.schoolA), CourseRole.PARTICIPANT, world.organiser);
        assertThat(waiting.status()).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(quotas.quotas(small).getFirst().used()).isEqualTo(1);

        waitingList.withdraw(first.id(), world.organiser);

        assertThat(world.statusOf(waiting.id())).isEqualTo("APPROVED");
    }

    @Test
    void theNearestUnitWithPlacesIsTheOneCounted() {
        long designer = world.cadre("设计系干部", world.departmentOfA);
        direct.enrol(course, designer, CourseRole.PARTICIPANT, world.organiser);
        quotas.allocate(course, world.departmentOfA, 2, world.organiser);

        assertThat(quota(world.departmentOfA).used()).isEqualTo(1);
        assertThat(quota(world.schoolA).used()).isZero();
    }

    @Test
    void theOrganiserMayGoBeyondAUnitsPlacesWhichThenShowsFullToItsLiaison() {
        BulkReport report =
                bulk.confirm(course, wanted(cadresOf(world.schoolB, 10)), null, null, null, world.organiser);

        assertThat(report.enrolled()).isEqualTo(10);
        assertThat(quota(world.schoolB))
                .extracting(QuotaRow::places, QuotaRow::used, QuotaRow::remaining)
                .containsExactly(8, 10, 0);
        long another = world.cadre("另一人", world.schoolB);
        assertThatThrownBy(() -> nominations.nominate(course, another, world.liaisonB))
                .hasMessage("enrolment.refused.quotaFull");
        BulkReport liaisonTries = bulk.preview(course, wanted(List.of(another)), null, null, world.liaisonB);
        assertThat(liaisonTries.lines()).extracting(BulkLine::messageKey).containsExactly("enrolment.bulk.quotaFull");
    }

    @Test
    void placesMadeBeforeTheUnitHadAQuotaCountOnceItHasOne() {
        long other = world.unit("C", "材料学院", world.committee);
        List<Long> early = cadresOf(other, 3);
        bulk.confirm(course, wanted(early), null, null, null, world.organiser);

        assertThatThrownBy(() -> quotas.allocate(course, other, 2, world.organiser))
                .hasMessage("enrolment.quota.belowUsed");
        assertThat(quotas.allocate(course, other, 4, world.organiser).used()).isEqualTo(3);
    }

    @Test
    void aClassTeacherOrStaffFromTheUnitTakesNoneOfItsPlaces() {
        direct.enrol(course, world.cadre("班主任", world.schoolA), CourseRole.CLASS_TEACHER, world.organiser);
        direct.enrol(course, world.cadre("工作人员", world.schoolA), CourseRole.STAFF, world.organiser);

        assertThat(quota(world.schoolA).used()).isZero();
    }

    @Test
    void aWithdrawnPlaceFreesTheUnitsPlaceForItsLiaison() {
        List<Long> eight = cadresOf(world.schoolA, 8);
        bulk.confirm(course, wanted(eight), null, null, null, world.organiser);
        long placeId = jdbc.sql("select id from enrolment where course_id = ? and cadre_id = ?")
                .params(course, eight.getFirst())
                .query(Long.class)
                .single();

        waitingList.withdraw(placeId, world.organiser);

        assertThat(quota(world.schoolA).remaining()).isEqualTo(1);
        Enrolment nominated = nominations.nominate(course, world.cadre("补报", world.schoolA), world.liaisonA);
        assertThat(nominated.nominated()).isTrue();
    }

    private QuotaRow quota(long unitId) {
        return quotas.quotas(course).stream()
                .filter(q -> q.unitId() == unitId)
                .findFirst()
                .orElseThrow();
    }

    private List<Long> cadresOf(long unitId, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> world.cadre("学员" + i, unitId))
                .toList();
    }

    private static List<Wanted> wanted(List<Long> cadres) {
        return cadres.stream().map(Wanted::chosen).toList();
    }
}
