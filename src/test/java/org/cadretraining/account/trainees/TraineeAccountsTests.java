package org.cadretraining.account.trainees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.ApiCalls.body;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The accounts of a course's trainees are made all together or not at all, only by organisers. */
@AccountWebTest
class TraineeAccountsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    EnrolmentSetup enrolments;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHundredAndTwentyTraineesGetTheirAccountsInOneStep() {
        TraineeCourse course = new TraineeCourse(mvc, directory, enrolments, 120);
        long started = System.nanoTime();
        String token = token(preview(course, course.trainees));
        long previewed = System.nanoTime();
        MvcTestResult made = make(course, course.trainees, token);
        long done = System.nanoTime();
        assertThat(made).hasStatusOk().bodyText().contains("已创建 120 个账号");
        assertThat(made(course)).isEqualTo(120);
        assertThat(jdbc.sql("select count(*) from account where cadre_id = ?")
                        .param(course.classTeacher)
                        .query(Integer.class)
                        .single())
                .as("a class teacher is not a trainee")
                .isZero();
        // a figure for the report, not a limit: one-time passwords are hashed as every password is (bcrypt)
        System.out.printf(
                "120 trainee accounts: preview %d ms, made in %d ms%n",
                (previewed - started) / 1_000_000, (done - previewed) / 1_000_000);
    }

    @Test
    void whenOneTraineeCannotHaveAnAccountNoneIsMade() {
        TraineeCourse course = new TraineeCourse(mvc, directory, enrolments, 5);
        accounts.ready(course.staffNumbers.get(2), "Someone else 2026", Role.ORGANISER);
        MvcTestResult preview = preview(course, course.trainees);
        assertThat(preview).hasStatusOk().bodyText().contains("用户名 " + course.staffNumbers.get(2) + " 已被使用。");
        assertThat(body(preview)).doesNotContain("id=\"make\"");

        assertThat(make(course, course.trainees, token(preview)))
                .hasStatus(409)
                .bodyText()
                .contains("有学员不能创建账号");
        assertThat(made(course)).isZero();
    }

    @Test
    void aChangeAfterThePreviewMakesNothingAndShowsTheNewPreview() {
        TraineeCourse course = new TraineeCourse(mvc, directory, enrolments, 4);
        String token = token(preview(course, course.trainees));
        accounts.ready(course.staffNumbers.get(3), "Meanwhile 2026", Role.ORGANISER);

        assertThat(make(course, course.trainees, token))
                .hasStatusOk()
                .bodyText()
                .contains("预览之后情况有变化，没有创建任何账号", "用户名 " + course.staffNumbers.get(3) + " 已被使用。");
        assertThat(made(course)).isZero();
    }

    @Test
    void onlyThoseWhoActForTheInstitutionMakeAccounts() {
        TraineeCourse course = new TraineeCourse(mvc, directory, enrolments, 2);
        String token = token(preview(course, course.trainees));
        for (CurrentUser someone :
                List.of(TestPrincipal.cadre(course.trainees.getFirst()), TestPrincipal.liaison(course.unit))) {
            assertThat(mvc.get()
                            .uri("/courses/" + course.courseId + "/accounts")
                            .with(as(someone)))
                    .hasStatus(403);
            assertThat(mvc.post()
                            .uri("/courses/" + course.courseId + "/accounts")
                            .param(
                                    "cadreId",
                                    course.trainees.stream()
                                            .map(String::valueOf)
                                            .toArray(String[]::new))
                            .param("token", token)
                            .with(as(someone))
                            .with(csrf()))
                    .hasStatus(403);
        }
        assertThat(made(course)).isZero();
    }

    private MvcTestResult preview(TraineeCourse course, List<Long> chosen) {
        return post("/courses/" + course.courseId + "/accounts/preview", chosen, null, course.organiser);
    }

    private MvcTestResult make(TraineeCourse course, List<Long> chosen, String token) {
        return post("/courses/" + course.courseId + "/accounts", chosen, token, course.organiser);
    }

    private MvcTestResult post(String uri, List<Long> chosen, String token, CurrentUser user) {
        var request = mvc.post()
                .uri(uri)
                .param("cadreId", chosen.stream().map(String::valueOf).toArray(String[]::new))
                .with(as(user))
                .with(csrf());
        if (token != null) {
            request = request.param("token", token);
        }
        return request.exchange();
    }

    private static String token(MvcTestResult preview) {
        Matcher token = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"").matcher(body(preview));
        assertThat(token.find()).as("the preview carries its token").isTrue();
        return token.group(1);
    }

    private int made(TraineeCourse course) {
        return jdbc.sql("select count(*) from account where cadre_id = any(?)")
                .param(course.trainees.toArray(Long[]::new))
                .query(Integer.class)
                .single();
    }
}
