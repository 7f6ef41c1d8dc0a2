package org.cadretraining.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.cadretraining.enrolment.Replacements.Request;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Replacing a trainee (调换) in a course run for two cohorts back to back, as the Anhui branch secretaries' courses
 * of real-courses.yaml (the 44th and 45th, three days each): the newcomer of the same unit takes the place with its
 * status, role, group and cohort, and the place keeps who replaced whom, when, by whom and why.
 */
@SpringBootTest
class ReplacementTests {

    static final LocalDate START = LocalDate.of(2032, 11, 19);

    @Autowired
    Replacements replacements;

    @Autowired
    DirectEnrolments direct;

    @Autowired
    Nominations nominations;

    @Autowired
    Quotas quotas;

    @Autowired
    StudyGroups groups;

    @Autowired
    CourseCohorts cohorts;

    @Autowired
    EnrolmentStore store;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    EnrolmentFixture world;
    long course;
    long zhang;
    long li;

    @BeforeEach
    void twoCohorts() {
        world = new EnrolmentFixture(directory, jdbc);
        course = world.course(START, START.plusDays(5), 132);
        cohort(0, "第四十四期", START, START.plusDays(2));
        cohort(1, "第四十五期", START.plusDays(3), START.plusDays(5));
        quotas.allocate(course, world.schoolA, 2, world.organiser);
        zhang = world.cadre("张建国", world.schoolA);
        li = world.cadre("李卫东", world.departmentOfA);
    }

    @Test
    void afterNominationsCloseTheOrganiserReplacesKeepingTheLinkTheGroupAndTheCohort() {
        Enrolment place = direct.enrol(course, zhang, CourseRole.GROUP_LEADER, world.organiser);
        long group = groups.create(course, "第二组", world.organiser);
        groups.assign(place.id(), group, world.organiser);
        cohorts.assign(place.id(), 2, world.organiser);
        status("NOMINATIONS_CLOSED");

        Enrolment newcomer = replacements.replace(place.id(), new Request(li, " 临时出差 ", false), world.organiser);

        Enrolment left = store.find(place.id());
        assertThat(left.status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
        assertThat(left.reason()).isEqualTo("临时出差");
        assertThat(newcomer)
                .extracting(Enrolment::status, Enrolment::role, Enrolment::replacesId, Enrolment::quotaUnitId)
                .containsExactly(EnrolmentStatus.APPROVED, CourseRole.GROUP_LEADER, place.id(), world.schoolA);
        assertThat(jdbc.sql("select group_id from study_group_member where enrolment_id = ?")
                        .param(newcomer.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(group);
        assertThat(jdbc.sql("select cohort from enrolment_cohort where enrolment_id = ?")
                        .param(newcomer.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(quotas.quotas(course)).containsExactly(new QuotaRow(world.schoolA, 2, 1, 0));
        Replacements.Replaced record = replacements.ofCourse(course).get(newcomer.id());
        assertThat(record.name().zh()).isEqualTo("张建国");
        assertThat(record.reason()).isEqualTo("临时出差");
        assertThat(record.by()).isEqualTo(world.organiser.username());
    }

    @Test
    void theLiaisonReplacesTheirOwnNominationWhileNominationsAreOpen() {
        Enrolment nominated = nominations.nominate(course, zhang, world.liaisonA);

        Enrolment newcomer = replacements.replace(nominated.id(), new Request(li, "身体原因", false), world.liaisonA);

        assertThat(newcomer.status()).isEqualTo(EnrolmentStatus.NOMINATED);
        assertThat(newcomer.nominated()).isTrue();
        assertThat(quotas.quotas(course)).containsExactly(new QuotaRow(world.schoolA, 2, 1, 0));
    }

    @Test
    void theNewcomerIsCheckedAsEnrolmentChecksAnyoneAndNothingChangesWhenRefused() {
        Enrolment place = direct.enrol(course, zhang, CourseRole.PARTICIPANT, world.organiser);
        long chemist = world.cadre("王化学", world.schoolB);
        long enrolled = world.cadre("赵已报", world.schoolA);
        direct.enrol(course, enrolled, CourseRole.PARTICIPANT, world.organiser);
        long busy = world.cadre("钱另班", world.schoolA);
        long other = world.course(START.plusDays(1), START.plusDays(2), 30);
        direct.enrol(other, busy, CourseRole.PARTICIPANT, world.organiser);

        assertThatThrownBy(() -> replace(place, chemist, "出差")).hasMessage("enrolment.replace.otherUnit");
        assertThatThrownBy(() -> replace(place, enrolled, "出差")).hasMessage("enrolment.refused.alreadyEnrolled");
        assertThatThrownBy(() -> replace(place, busy, "出差")).hasMessage("enrolment.refused.overlap");
        assertThatThrownBy(() -> replace(place, li, " ")).hasMessage("enrolment.replace.reasonRequired");
        assertThat(replacements
                        .check(place.id(), new Request(li, "出差", false), world.organiser)
                        .cadreId())
                .isEqualTo(li);

        assertThat(store.find(place.id()).status()).isEqualTo(EnrolmentStatus.APPROVED);
        assertThat(replacements.ofCourse(course)).isEmpty();
    }

    @Test
    void whileTheCourseRunsOnlyTheOrganiserWhoSaysSoReplaces() {
        Enrolment place = direct.enrol(course, zhang, CourseRole.PARTICIPANT, world.organiser);
        status("IN_PROGRESS");

        assertThatThrownBy(() -> replace(place, li, "出差")).hasMessage("enrolment.replace.running");
        assertThat(replacements
                        .replace(place.id(), new Request(li, "出差", true), world.organiser)
                        .cadreId())
                .isEqualTo(li);
    }

    @Test
    void otherUnitsLiaisonsPeopleWithoutTheRoleAndLiaisonsAfterNominationsCloseAreRefused() {
        Enrolment nominated = nominations.nominate(course, zhang, world.liaisonA);
        Request request = new Request(li, "出差", false);

        for (var someone : new org.cadretraining.shared.CurrentUser[] {
            world.liaisonB, TestPrincipal.user(Set.of(Role.CLASS_TEACHER), null, null), TestPrincipal.cadre()
        }) {
            assertThatThrownBy(() -> replacements.replace(nominated.id(), request, someone))
                    .isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).kind())
                    .isEqualTo(DomainException.Kind.FORBIDDEN);
        }
        status("NOMINATIONS_CLOSED");
        assertThatThrownBy(() -> replacements.replace(nominated.id(), request, world.liaisonA))
                .hasMessage("enrolment.refused.notOpen");
        assertThat(store.find(nominated.id()).status()).isEqualTo(EnrolmentStatus.NOMINATED);
    }

    private Enrolment replace(Enrolment place, long cadre, String why) {
        return replacements.replace(place.id(), new Request(cadre, why, false), world.organiser);
    }

    private void status(String status) {
        jdbc.sql("update course set status = ? where id = ?")
                .params(status, course)
                .update();
    }

    private void cohort(int position, String zh, LocalDate from, LocalDate to) {
        jdbc.sql("""
                        insert into course_cohort (course_id, position, name_zh, name_en, starts_on, ends_on)
                        values (?, ?, ?, '', ?, ?)
                        """).params(course, position, zh, from, to).update();
    }
}
