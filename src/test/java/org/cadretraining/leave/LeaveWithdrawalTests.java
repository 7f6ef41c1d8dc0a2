package org.cadretraining.leave;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cadretraining.course.CourseSetup;
import org.cadretraining.enrolment.ClassMember;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A trainee withdrawn (退学) for leave past the cap leaves the class in enrolment too: their place says so with the
 * reason, who and when, and a later headcount does not count them missing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LeaveWithdrawalTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    CourseSetup courses;

    @Autowired
    EnrolmentSetup enrolment;

    @Autowired
    LeaveAsking asking;

    @Autowired
    LeaveApproval approval;

    @Autowired
    ClassMembers members;

    @Autowired
    JdbcClient jdbc;

    @Test
    void leavePastTheCapWithdrawsThePlaceWithItsReasonAndTheHeadcountNoLongerCountsTheCadre() {
        LeaveFixture w = new LeaveFixture(directory, courses, enrolment, false);
        long request = asking.ask(
                w.courseId, w.baiJing, List.of(w.mornings.get(0), w.afternoons.get(0)), "家中有事", w.cadre(w.baiJing));

        approval.approve(request, true, w.organiser);

        Map<String, Object> place = jdbc.sql(
                        "select status, reason, decided_by, decided_at from enrolment where course_id = ? and cadre_id = ?")
                .params(w.courseId, w.baiJing)
                .query()
                .singleRow();
        assertThat(place.get("status")).isEqualTo("DISCONTINUED");
        assertThat((String) place.get("reason")).startsWith("请假 6.00 学时，超过课程 21.00 学时的 1/7");
        assertThat(place.get("decided_by")).isEqualTo(w.organiser.username());
        assertThat(place.get("decided_at")).isNotNull();
        assertThat(members.classList(w.courseId))
                .extracting(ClassMember::cadreId)
                .doesNotContain(w.baiJing)
                .contains(w.liMing);

        // a later item's headcount: 白静 is neither expected nor missing
        assertThat(mvc.get()
                        .uri("/attendance/courses/{c}/items/{i}?lang=zh", w.courseId, w.mornings.get(2))
                        .with(TestPrincipal.as(w.organiser)))
                .hasStatusOk()
                .bodyText()
                .contains("李明")
                .doesNotContain("白静");
    }
}
