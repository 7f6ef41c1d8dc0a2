package org.cadretraining.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.AbstractStringAssert;
import org.awaitility.Awaitility;
import org.cadretraining.attendance.AttendanceSetup;
import org.cadretraining.course.CourseSetup;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.leave.LeaveOutlook.Consequence;
import org.cadretraining.leave.LeaveSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.DomainException;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Leave within the 1/7 cap from a mandatory item, or from a course that requires all its 学时: the leave page says
 * beforehand what it does to completion, and a make-up (补学) recorded by the organiser meets the mandatory rule
 * without earning 学时.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MakeUpTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    CourseSetup courses;

    @Autowired
    EnrolmentSetup enrolment;

    @Autowired
    AttendanceSetup attendance;

    @Autowired
    LeaveSetup leave;

    @Autowired
    LeaveForecast forecast;

    @Autowired
    MakeUps makeUps;

    @Autowired
    CompletionBook book;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void leaveFromTheExamIsForetoldAndAMakeUpLetsTheTraineeCompleteWithoutExtraHours() {
        ExamCourseFixture w = course("21");
        long withMakeUp = w.trainee("补学");
        long without = w.trainee("未补学");
        List<Long> exam = List.of(w.items.get(ExamCourseFixture.EXAM));

        List<Consequence> foretold = forecast.of(w.courseId, withMakeUp, exam);
        assertThat(foretold)
                .extracting(c -> c.text().zh())
                .containsExactly(
                        "将缺席必修日程：7月18日 08:30–11:30 结业考试。结业须出席，或由组织部登记补学（补学满足必修要求，但不计学时）",
                        "批准后本班最多可得 21.00 学时，结业须达到 21.00 学时");
        assertThat(foretold.get(0).text().en())
                .startsWith("Misses the mandatory item 18 Jul 08:30–11:30 End-of-course exam");
        assertThat(foretold).extracting(Consequence::blocksCompletion).containsExactly(true, false);

        leave.approvedLeave(w.courseId, withMakeUp, exam, "出差");
        leave.approvedLeave(w.courseId, without, exam, "出差");
        w.begin();
        w.attendsAllBut(withMakeUp, ExamCourseFixture.EXAM);
        w.attendsAllBut(without, ExamCourseFixture.EXAM);
        var organiser = TestPrincipal.organiser();
        makeUps.record(w.courseId, withMakeUp, exam.getFirst(), MakeUpKind.ASSIGNMENT, "补交书面答卷", organiser);
        w.complete();

        CompletionBook.Recorded madeUp = book.ofCourse(w.courseId).get(withMakeUp);
        assertThat(madeUp.completed()).isTrue();
        assertThat(madeUp.credited()).isEqualTo(CreditHours.of("21"));
        assertThat(jdbc.sql("select count(*) from credit_entry where cadre_id = ?")
                        .param(withMakeUp)
                        .query(Integer.class)
                        .single())
                .as("no ledger entry for the item made up")
                .isEqualTo(7);
        CompletionBook.Recorded missed = book.ofCourse(w.courseId).get(without);
        assertThat(missed.completed()).isFalse();
        assertThat(missed.reasons()).extracting(r -> r.zh()).containsExactly("未出席必修日程：7月18日 08:30–11:30 结业考试");
        assertThat(makeUps.ofCourse(w.courseId)).singleElement().satisfies(m -> {
            assertThat(m.recordedBy()).isEqualTo(organiser.username());
            assertThat(m.reason()).isEqualTo("补交书面答卷");
            assertThat(m.kind()).isEqualTo(MakeUpKind.ASSIGNMENT);
        });
    }

    @Test
    void aMakeUpRecordedWhileTheCourseRunsIsOnTheTraineesKeptStandingAtOnce() {
        ExamCourseFixture w = course("21");
        long trainee = w.trainee("补学");
        long exam = w.items.get(ExamCourseFixture.EXAM);
        w.begin();
        w.attendsAllBut(trainee, ExamCourseFixture.EXAM);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                        keptReasons(w.courseId, trainee))
                .containsExactly("MANDATORY_MISSED"));

        makeUps.record(w.courseId, trainee, exam, MakeUpKind.RECORDING, "观看录像补学", TestPrincipal.organiser());

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                        keptReasons(w.courseId, trainee))
                .isEmpty());
    }

    @Test
    void aMakeUpRecordedByMistakeIsWithdrawnWithItsReasonAndTheTraineeMissesTheItemAgain() {
        ExamCourseFixture w = course("21");
        long trainee = w.trainee("误登记");
        long exam = w.items.get(ExamCourseFixture.EXAM);
        w.begin();
        w.attendsAllBut(trainee, ExamCourseFixture.EXAM);
        var organiser = TestPrincipal.organiser();
        makeUps.record(w.courseId, trainee, exam, MakeUpKind.RECORDING, "观看录像补学", organiser);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                        keptReasons(w.courseId, trainee))
                .isEmpty());
        long id = makeUps.ofCourse(w.courseId).getFirst().id();

        assertThat(refusal(() -> makeUps.withdraw(w.courseId, id, " ", organiser)))
                .isEqualTo(DomainException.Kind.INVALID);
        assertThat(refusal(() -> makeUps.withdraw(w.courseId, id, "登记错了学员", TestPrincipal.cadre(trainee))))
                .isEqualTo(DomainException.Kind.FORBIDDEN);
        assertThat(makeUps.withdraw(w.courseId, id, "登记错了学员", organiser)).isEqualTo(trainee);

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                        keptReasons(w.courseId, trainee))
                .containsExactly("MANDATORY_MISSED"));
        assertThat(makeUps.ofCourse(w.courseId)).singleElement().satisfies(m -> {
            assertThat(m.reason()).isEqualTo("观看录像补学");
            assertThat(m.withdrawal().reason()).isEqualTo("登记错了学员");
            assertThat(m.withdrawal().by()).isEqualTo(organiser.username());
        });
        assertThat(refusal(() -> makeUps.withdraw(w.courseId, id, "再撤一次", organiser)))
                .isEqualTo(DomainException.Kind.CONFLICT);
        // the item may be made up again, properly this time
        makeUps.record(w.courseId, trainee, exam, MakeUpKind.ASSIGNMENT, "补交书面答卷", organiser);
        assertThat(makeUps.madeUp(w.courseId).get(trainee)).containsExactly(exam);
    }

    @Test
    void aMakeUpOfATraineeWithdrawnSinceStillNamesThemAndTheyAreNoLongerOfferedForAnother() throws Exception {
        ExamCourseFixture w = course("21");
        long trainee = w.trainee("后退学" + w.prefix);
        w.trainee("在班" + w.prefix);
        long exam = w.items.get(ExamCourseFixture.EXAM);
        w.begin();
        var organiser = TestPrincipal.organiser();
        makeUps.record(w.courseId, trainee, w.items.getFirst(), MakeUpKind.RECORDING, "观看开班式录像", organiser);
        // then leave past the cap: withdrawn (退学)
        leave.approvedLeave(w.courseId, trainee, List.of(w.items.get(1), w.items.get(2), exam), "出差");

        String page = mvc.get()
                .uri("/courses/" + w.courseId + "/completion/make-ups")
                .with(TestPrincipal.as(organiser))
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String recorded = page.substring(page.indexOf("id=\"make-ups\""));
        String form = page.substring(0, page.indexOf("id=\"make-ups\""));
        assertThat(recorded).contains("<strong>后退学" + w.prefix + "</strong>");
        assertThat(form).contains("在班" + w.prefix).doesNotContain("后退学" + w.prefix);
    }

    /** The reasons the completion page shows for the trainee, as kept. */
    private List<String> keptReasons(long courseId, long cadreId) {
        return jdbc.sql("""
                        select code from completion_standing_reason where course_id = ? and cadre_id = ?
                        order by position
                        """).params(courseId, cadreId).query(String.class).list();
    }

    @Test
    void theForecastCountsAnItemAlreadyMissedAsEarningNothing() {
        ExamCourseFixture w = course("21");
        long trainee = w.trainee("缺过一次");
        w.begin();
        // the third session was missed without leave: over, and no 学时 for it
        w.attendsAllBut(trainee, 2);

        List<Consequence> foretold = forecast.of(w.courseId, trainee, List.of(w.items.get(4)));

        assertThat(foretold)
                .extracting(c -> c.text().zh())
                .containsExactly("批准后本班最多可得 18.00 学时，达不到结业所需的 21.00 学时：将不能结业");
        assertThat(foretold.getFirst().blocksCompletion()).isTrue();
    }

    @Test
    void leaveWithinTheCapFromACourseRequiringAllItsHoursIsShownToFailCompletionInBothLanguages() {
        ExamCourseFixture w = course("24");
        long trainee = w.trainee("全程");
        leave.approvedLeave(w.courseId, trainee, List.of(w.items.get(2)), "家中有事");

        page(w, "").contains("批准后本班最多可得 21.00 学时，达不到结业所需的 24.00 学时：将不能结业", "请假不能免除“必修”日程");
        page(w, "?lang=en")
                .contains("Once approved, at most 21.00 credit hours can be earned in this course, short of the 24.00"
                        + " completion needs: the trainee will not complete");
    }

    @Test
    void onlyTheOrganiserRecordsAMakeUpOfAMandatoryItemOnceAndWithAReason() {
        ExamCourseFixture w = course("21");
        long trainee = w.trainee("补学");
        long exam = w.items.get(ExamCourseFixture.EXAM);

        assertThat(refusal(() -> makeUps.record(
                        w.courseId, trainee, exam, MakeUpKind.RECORDING, "看录像", TestPrincipal.cadre(trainee))))
                .isEqualTo(DomainException.Kind.FORBIDDEN);
        assertThat(refusal(() -> makeUps.record(
                        w.courseId, trainee, w.items.get(2), MakeUpKind.RECORDING, "看录像", TestPrincipal.organiser())))
                .isEqualTo(DomainException.Kind.INVALID);
        assertThat(refusal(() -> makeUps.record(
                        w.courseId, trainee, exam, MakeUpKind.RECORDING, " ", TestPrincipal.organiser())))
                .isEqualTo(DomainException.Kind.INVALID);
        assertThat(mvc.post()
                        .uri("/courses/" + w.courseId + "/completion/make-ups")
                        .with(TestPrincipal.as(TestPrincipal.organiser()))
                        .with(csrf())
                        .param("cadreId", String.valueOf(trainee))
                        .param("itemId", String.valueOf(exam))
                        .param("kind", "RECORDING")
                        .param("reason", "观看考试讲评录像")
                        .exchange())
                .hasStatus3xxRedirection();
        assertThat(refusal(() -> makeUps.record(
                        w.courseId, trainee, exam, MakeUpKind.RECORDING, "再次", TestPrincipal.organiser())))
                .isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(mvc.get()
                        .uri("/courses/" + w.courseId + "/completion/make-ups")
                        .with(TestPrincipal.as(TestPrincipal.organiser()))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("观看考试讲评录像", "观看录像", "结业考试");
    }

    private ExamCourseFixture course(String required) {
        return new ExamCourseFixture(directory, courses, enrolment, attendance, clock, CreditHours.of(required));
    }

    private AbstractStringAssert<?> page(ExamCourseFixture w, String query) {
        return assertThat(mvc.get()
                        .uri("/courses/" + w.courseId + "/leave" + query)
                        .with(TestPrincipal.as(TestPrincipal.organiser()))
                        .exchange())
                .hasStatusOk()
                .bodyText();
    }

    private static DomainException.Kind refusal(Runnable action) {
        try {
            action.run();
        } catch (DomainException refused) {
            return refused.kind();
        }
        return null;
    }
}
