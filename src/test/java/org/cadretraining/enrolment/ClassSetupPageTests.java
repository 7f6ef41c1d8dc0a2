package org.cadretraining.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import org.cadretraining.organisation.OrganisationDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The organiser's enrolment page for a class set up as a new user does it (found in the release try-out). A class of
 * 48 split into two study groups is not 48 saves of one row each: the organiser pastes the staff numbers or names of
 * a group's members and puts them all in at once, or, if one of them is not in the class, none of them, with the ones
 * not found named and the paste kept. Places the organiser enrolled directly use their unit's quota like any other;
 * those of units without one are said beside the quota table, so that it does not seem to disagree with the places
 * taken.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClassSetupPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DirectEnrolments direct;

    @Autowired
    Quotas quotas;

    EnrolmentFixture world;
    long course;
    long group;
    long bai;
    long hu;
    long li;

    @BeforeEach
    void classWithAGroup() {
        world = new EnrolmentFixture(directory, jdbc);
        course = world.course(LocalDate.of(2032, 3, 15), LocalDate.of(2032, 3, 26), 48);
        bai = place(world.cadre("白晶" + world.prefix, world.schoolA));
        hu = place(world.cadre("胡晓梅" + world.prefix, world.schoolA));
        li = place(world.cadre("李明" + world.prefix, world.schoolB));
        assertThat(mvc.post()
                        .uri("/courses/{id}/enrolment/groups", course)
                        .with(as(world.organiser))
                        .with(csrf())
                        .param("name", "第一组"))
                .hasStatus3xxRedirection();
        group = jdbc.sql("select id from study_group where course_id = ?")
                .param(course)
                .query(Long.class)
                .single();
    }

    @Test
    void pastedStaffNumbersAndNamesGoIntoTheGroupInOneStep() {
        String pasted = world.staffNumber(bai) + "\n胡晓梅" + world.prefix;
        assertThat(paste(pasted)).hasStatus3xxRedirection();
        assertThat(members()).containsExactlyInAnyOrder(bai, hu);
        assertThat(mvc.get().uri("/courses/{id}/enrolment", course).with(as(world.organiser)))
                .bodyText()
                .contains("name=\"names\"", "放入分组");
    }

    @Test
    void staffNumbersSeparatedBySpacesTabsAndCommasGoIntoTheGroup() {
        String pasted = world.staffNumber(bai) + " " + world.staffNumber(hu) + "\t，" + world.staffNumber(li);
        assertThat(paste(pasted)).hasStatus3xxRedirection();
        assertThat(members()).containsExactlyInAnyOrder(bai, hu, li);
    }

    @Test
    void studyGroupsAreListedInTheOrderTheyWereMadeNotByCodePointWhichPutsThirdBeforeSecond() throws Exception {
        for (String name : List.of("第二组", "第三组", "第四组")) {
            assertThat(mvc.post()
                            .uri("/courses/{id}/enrolment/groups", course)
                            .with(as(world.organiser))
                            .with(csrf())
                            .param("name", name))
                    .hasStatus3xxRedirection();
        }
        String page = mvc.get()
                .uri("/courses/{id}/enrolment", course)
                .with(as(world.organiser))
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String picker = page.substring(page.indexOf("id=\"group-paste-group\""));
        assertThat(picker.indexOf(">第一组<")).isLessThan(picker.indexOf(">第二组<")).isPositive();
        assertThat(picker.indexOf(">第二组<")).isLessThan(picker.indexOf(">第三组<"));
        assertThat(picker.indexOf(">第三组<")).isLessThan(picker.indexOf(">第四组<"));
    }

    @Test
    void aNameNotInTheClassPutsNobodyInAndIsNamedWithThePasteKept() {
        String pasted = "李明" + world.prefix + "、王五";
        assertThat(paste(pasted)).hasStatus(400).bodyText().contains("王五", pasted);
        assertThat(members()).isEmpty();
    }

    @Test
    void placesGivenDirectlyUseTheirUnitsQuotaAndTheOthersAreSaidToBeOutsideTheTable() {
        assertThat(mvc.post()
                        .uri("/courses/{id}/enrolment/quotas", course)
                        .with(as(world.organiser))
                        .with(csrf())
                        .param("unitId", String.valueOf(world.schoolA))
                        .param("places", "8"))
                .hasStatus3xxRedirection();
        assertThat(quotas.quotas(course)).containsExactly(new QuotaRow(world.schoolA, 8, 2, 0));
        assertThat(mvc.get().uri("/courses/{id}/enrolment", course).with(as(world.organiser)))
                .bodyText()
                .contains("另有 1 人所在单位未分配名额，不计入上表。");
        assertThat(mvc.get()
                        .uri("/courses/{id}/enrolment", course)
                        .with(as(world.organiser))
                        .cookie(new Cookie("lang", "en")))
                .bodyText()
                .contains("1 more is of units without places and in no row above.");
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult paste(String names) {
        return mvc.post()
                .uri("/courses/{id}/enrolment/groups/members", course)
                .with(as(world.organiser))
                .with(csrf())
                .param("groupId", String.valueOf(group))
                .param("names", names)
                .exchange();
    }

    private long place(long cadreId) {
        direct.enrol(course, cadreId, CourseRole.PARTICIPANT, world.organiser);
        return cadreId;
    }

    private List<Long> members() {
        return jdbc.sql("""
                        select e.cadre_id from study_group_member m join enrolment e on e.id = m.enrolment_id
                        where m.group_id = ?
                        """).param(group).query(Long.class).list();
    }
}
