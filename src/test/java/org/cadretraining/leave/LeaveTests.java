package org.cadretraining.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.course.CourseSetup;
import org.cadretraining.course.CourseSetup.NewAgendaItem;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class LeaveTests {

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
    LeaveRequests requests;

    @Autowired
    LeaveStandings standings;

    @Autowired
    LeaveBook book;

    @Autowired
    JdbcClient jdbc;

    private LeaveFixture world(boolean withQuarterItem) {
        return new LeaveFixture(directory, courses, enrolment, withQuarterItem);
    }

    @Test
    void leaveExactlyAtTheOneSeventhCapIsApprovedAndTheCadreStays() {
        LeaveFixture w = world(false);
        assertThat(standings.courseHours(w.courseId)).isEqualTo(CreditHours.of("21"));
        long request = asking.ask(w.courseId, w.baiJing, List.of(w.mornings.get(0)), "家中有事", w.cadre(w.baiJing));

        approval.approve(request, false, w.organiser);

        assertThat(book.approvedHours(w.courseId)).containsEntry(w.baiJing, CreditHours.of("3"));
        assertThat(book.withdrawals(w.courseId)).isEmpty();
        assertThat(book.itemsOnLeave(w.courseId).get(w.baiJing)).containsExactly(w.mornings.get(0));
    }

    @Test
    void leaveAQuarterAboveTheCapIsWarnedThenWithdrawsTheCadreOnceConfirmed() {
        LeaveFixture w = world(true);
        assertThat(standings.courseHours(w.courseId)).isEqualTo(CreditHours.of("21.25"));
        approval.approve(
                asking.ask(w.courseId, w.baiJing, List.of(w.mornings.get(0)), "家中有事", w.cadre(w.baiJing)),
                false,
                w.organiser);
        long quarter = asking.ask(w.courseId, w.baiJing, List.of(w.quarterItem), "就医", w.cadre(w.baiJing));

        assertThatThrownBy(() -> approval.approve(quarter, false, w.organiser))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("leave.approve.pastCapNeedsConfirmation");
                    assertThat(refusal.field()).isEqualTo("confirm");
                });
        assertThat(book.withdrawals(w.courseId)).isEmpty();

        approval.approve(quarter, true, w.organiser);

        assertThat(book.withdrawals(w.courseId)).containsOnlyKeys(w.baiJing);
        assertThat(book.withdrawals(w.courseId).get(w.baiJing).reason())
                .contains("请假 3.25 学时，超过课程 21.25 学时的 1/7 (3.03)");
        assertThat(jdbc.sql("select past_cap from leave_request where id = ?")
                        .param(quarter)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("select count(*) from notification where cadre_id = ? and message_key = ?")
                        .params(w.baiJing, "leave.notice.withdrawn")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theClassTeacherApprovesHalfADayButNotAWholeDay() {
        LeaveFixture w = world(false);
        long halfDay = asking.ask(w.courseId, w.baiJing, List.of(w.afternoons.get(1)), "开会", w.cadre(w.baiJing));
        long wholeDay = asking.ask(
                w.courseId, w.liMing, List.of(w.mornings.get(2), w.afternoons.get(2)), "出差", w.cadre(w.liMing));

        approval.approve(halfDay, false, w.teacher);
        assertThatThrownBy(() -> approval.approve(wholeDay, false, w.teacher))
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.messageKey())
                        .isEqualTo("leave.approve.organiserOnly"));

        // a whole day is past this short course's cap: the organiser confirms it
        approval.approve(wholeDay, true, w.organiser);
        assertThat(book.approvedHours(w.courseId))
                .containsEntry(w.baiJing, CreditHours.of("3"))
                .containsEntry(w.liMing, CreditHours.of("6"));
        assertThat(jdbc.sql("select decided_by from leave_request where id = ?")
                        .param(halfDay)
                        .query(String.class)
                        .single())
                .isEqualTo(w.teacher.username());
    }

    @Test
    void anotherTraineeOrATeacherOfNoCourseMayNotDecide() {
        LeaveFixture w = world(false);
        LeaveFixture other = world(false);
        long request = asking.ask(w.courseId, w.baiJing, List.of(w.afternoons.get(0)), "开会", w.cadre(w.baiJing));

        assertThatThrownBy(() -> approval.approve(request, false, w.cadre(w.liMing)))
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.kind())
                        .isEqualTo(DomainException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> approval.approve(request, false, other.teacher))
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.kind())
                        .isEqualTo(DomainException.Kind.FORBIDDEN));
    }

    @Test
    void onlyTheCadreThemselvesOrTheOrganiserMayAsk() {
        LeaveFixture w = world(false);
        List<Long> items = List.of(w.mornings.get(1));

        assertThatThrownBy(() -> asking.ask(w.courseId, w.baiJing, items, "代请", w.cadre(w.liMing)))
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.kind())
                        .isEqualTo(DomainException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> asking.ask(w.courseId, w.baiJing, items, "代请", w.teacher))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> asking.ask(w.courseId, w.baiJing, items, "代请", TestPrincipal.liaison(w.unit)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> asking.ask(w.courseId, w.teacherCadre, items, "班主任", w.organiser))
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.messageKey())
                        .isEqualTo("leave.ask.notTrainee"));

        long request = asking.ask(w.courseId, w.baiJing, items, "组织部代为申请", w.organiser);
        assertThat(requests.find(request).orElseThrow().requestedBy()).isEqualTo(w.organiser.username());
    }

    @Test
    void aRejectionNeedsANoteAndKeepsIt() {
        LeaveFixture w = world(false);
        long request = asking.ask(w.courseId, w.baiJing, List.of(w.mornings.get(3)), "私事", w.cadre(w.baiJing));

        assertThatThrownBy(() -> approval.reject(request, "  ", w.teacher))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("leave.reject.noteRequired");
                    assertThat(refusal.field()).isEqualTo("note");
                });
        approval.reject(request, "结业考试当天不得请假", w.teacher);

        LeaveRequest rejected = requests.find(request).orElseThrow();
        assertThat(rejected.status()).isEqualTo(LeaveRequest.Status.REJECTED);
        assertThat(rejected.decisionNote()).isEqualTo("结业考试当天不得请假");
        assertThat(rejected.decidedBy()).isEqualTo(w.teacher.username());
        assertThat(book.approvedHours(w.courseId)).doesNotContainKey(w.baiJing);
    }

    @Test
    void aRequestNeedsAReasonAndItemsOfTheCourse() {
        LeaveFixture w = world(false);
        LeaveFixture other = world(false);
        assertThatThrownBy(() -> asking.ask(w.courseId, w.baiJing, List.of(w.mornings.get(0)), " ", w.cadre(w.baiJing)))
                .hasMessage("leave.ask.reasonRequired");
        assertThatThrownBy(() -> asking.ask(w.courseId, w.baiJing, List.of(), "事由", w.cadre(w.baiJing)))
                .hasMessage("leave.ask.itemsRequired");
        assertThatThrownBy(() ->
                        asking.ask(w.courseId, w.baiJing, List.of(other.mornings.get(0)), "事由", w.cadre(w.baiJing)))
                .hasMessage("leave.ask.itemNotInCourse");
    }

    @Test
    void theLeavePageKeepsWhatWasTypedAndShowsTheRefusalNextToTheField() {
        LeaveFixture w = world(false);
        var page = mvc.post()
                .uri("/courses/" + w.courseId + "/leave")
                .with(TestPrincipal.as(w.cadre(w.baiJing)))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("itemIds", String.valueOf(w.mornings.get(1)))
                .param("reason", "")
                .exchange();
        assertThat(page)
                .hasStatusOk()
                .bodyText()
                .contains("请填写请假事由")
                .contains("id=\"item-" + w.mornings.get(1) + "\" checked=\"checked\"");

        var approver = mvc.get()
                .uri("/courses/" + w.courseId + "/leave")
                .with(TestPrincipal.as(w.teacher))
                .exchange();
        assertThat(approver).hasStatusOk().bodyText().contains("21.00", "3.00");
        assertThat(mvc.get()
                        .uri("/courses/" + w.courseId + "/leave")
                        .with(TestPrincipal.as(TestPrincipal.liaison(w.unit)))
                        .exchange())
                .hasStatus(403);
    }

    @Test
    void onThePageApprovingPastTheCapIsWarnedAndNeedsTheConfirmationTicked() {
        LeaveFixture w = world(false);
        long wholeDay = asking.ask(
                w.courseId, w.baiJing, List.of(w.mornings.get(2), w.afternoons.get(2)), "出差", w.cadre(w.baiJing));
        String approve = "/courses/" + w.courseId + "/leave/" + wholeDay + "/approve";

        assertThat(mvc.get()
                        .uri("/courses/" + w.courseId + "/leave")
                        .with(TestPrincipal.as(w.organiser))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("批准后请假将超过上限", "confirm-" + wholeDay);
        assertThat(mvc.post()
                        .uri(approve)
                        .with(TestPrincipal.as(w.teacher))
                        .with(csrf())
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("超过半天的请假须由组织部审批");
        assertThat(mvc.post()
                        .uri(approve)
                        .with(TestPrincipal.as(w.organiser))
                        .with(csrf())
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("批准后请假合计 6.00 学时，超过课程学时的 1/7（3.00 学时）");
        assertThat(book.withdrawals(w.courseId)).isEmpty();

        assertThat(mvc.post()
                        .uri(approve)
                        .with(TestPrincipal.as(w.organiser))
                        .with(csrf())
                        .param("confirm", "true")
                        .exchange())
                .hasStatus3xxRedirection();
        assertThat(book.withdrawals(w.courseId)).containsOnlyKeys(w.baiJing);
        assertThat(mvc.get()
                        .uri("/courses/" + w.courseId + "/leave")
                        .with(TestPrincipal.as(w.cadre(w.baiJing)))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("已退学", "超过上限批准");
    }

    @Test
    void aCadreTakesBackAnUndecidedRequestAndMayAskForThoseItemsAgain() {
        LeaveFixture w = world(false);
        long request = asking.ask(w.courseId, w.baiJing, List.of(w.mornings.get(1)), "开会", w.cadre(w.baiJing));
        assertThatThrownBy(() -> asking.cancel(request, w.cadre(w.liMing)))
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.kind())
                        .isEqualTo(DomainException.Kind.FORBIDDEN));

        asking.cancel(request, w.cadre(w.baiJing));

        assertThat(requests.find(request).orElseThrow().status()).isEqualTo(LeaveRequest.Status.CANCELLED);
        assertThatThrownBy(() -> approval.approve(request, false, w.organiser))
                .hasMessage("leave.request.alreadyDecided");
        assertThat(asking.ask(w.courseId, w.baiJing, List.of(w.mornings.get(1)), "还是要请假", w.cadre(w.baiJing)))
                .isPositive();
    }

    @Test
    void homeworkIsHandedInNotAttendedSoNoLeaveIsAskedForIt() {
        LeaveFixture w = world(false);
        LocalDate day = LeaveFixture.DAY_1.plusDays(1);
        long homework = courses.schedule(
                w.courseId,
                new NewAgendaItem(
                        AgendaItemType.HOMEWORK,
                        day,
                        LocalTime.of(18, 0),
                        LocalTime.of(18, 0),
                        null,
                        null,
                        null,
                        "",
                        new LocalizedText("学习心得体会", "Reflection report"),
                        true));
        assertThat(mvc.get().uri("/courses/" + w.courseId + "/leave").with(TestPrincipal.as(w.cadre(w.liMing))))
                .bodyText()
                .doesNotContain("学习心得体会");
        assertThatThrownBy(() -> asking.ask(w.courseId, w.liMing, List.of(homework), "事由", w.cadre(w.liMing)))
                .hasMessage("leave.ask.itemNotInCourse");
        assertThat(mvc.post()
                        .uri("/courses/" + w.courseId + "/leave")
                        .with(TestPrincipal.as(w.cadre(w.liMing)))
                        .with(csrf())
                        .param("days", day.toString())
                        .param("reason", "参加上级会议")
                        .exchange())
                .hasStatus3xxRedirection();
        assertThat(requests.ofCadre(w.courseId, w.liMing).getFirst().itemIds())
                .containsExactlyInAnyOrder(w.mornings.get(1), w.afternoons.get(1));
    }

    @Test
    void aWholeDayAskedForOnThePageIsEveryItemOfThatDay() {
        LeaveFixture w = world(false);
        assertThat(mvc.post()
                        .uri("/courses/" + w.courseId + "/leave")
                        .with(TestPrincipal.as(w.cadre(w.liMing)))
                        .with(csrf())
                        .param("days", LeaveFixture.DAY_1.plusDays(1).toString())
                        .param("reason", "参加上级会议")
                        .exchange())
                .hasStatus3xxRedirection();

        LeaveRequest request = requests.ofCadre(w.courseId, w.liMing).getFirst();
        assertThat(request.itemIds()).containsExactlyInAnyOrder(w.mornings.get(1), w.afternoons.get(1));
        assertThat(request.hours()).isEqualTo(CreditHours.of("6"));
        assertThat(request.requestedBy()).isNotBlank();
    }
}
