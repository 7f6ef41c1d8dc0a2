package org.cadretraining.evaluation;

import com.microsoft.playwright.Page;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.AdjustableClock;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.browser.BrowserTest;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What the evaluation's browser journeys share: the evaluated courses of {@link ResultsCourses} set up through the
 * application at the present time, the accounts that read them, signing in, and the page's problems (script errors,
 * refusals by the CSP) gathered as they happen.
 */
@AutoConfigureMockMvc
@Import(AccountWebTest.Support.class)
abstract class EvaluationBrowserTest extends BrowserTest {

    /** The password of every account these journeys make. */
    static final String PASSWORD = "Evaluation journey 2026";

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private OrganisationDirectory directory;

    @Autowired
    private Lecturers lecturers;

    @Autowired
    private EnrolmentSetup enrolments;

    @Autowired
    private TestAccounts accounts;

    @Autowired
    private AdjustableClock clock;

    /**
     * The courses, with the first {@code answered} trainees of the branch secretaries' course answered, and the
     * organiser's and 田平's accounts.
     */
    ResultsCourses coursesWithBranchAnswers(int answered) {
        clock.setTo(Instant.now());
        ResultsCourses courses = new ResultsCourses(mvc, jdbc, directory, lecturers, enrolments);
        for (int i = 0; i < answered; i++) {
            courses.answerBranch(i);
        }
        accounts.ready("organiser", PASSWORD, Role.ORGANISER);
        accounts.ready(
                "tianping", PASSWORD, EnumSet.of(Role.LECTURER, Role.CADRE), courses.tianPingAccount.cadreId(), null);
        return courses;
    }

    /** An account for one of the branch course's trainees. */
    void traineeAccount(String username, ResultsCourses courses, int trainee) {
        accounts.ready(
                username,
                PASSWORD,
                EnumSet.of(Role.CADRE),
                courses.branchTrainees.get(trainee).cadreId(),
                null);
    }

    /** Adds to {@code problems} every script error and every message of an error or a CSP refusal on the page. */
    static void gatherProblems(Page on, List<String> problems) {
        on.onConsoleMessage(message -> {
            if ("error".equals(message.type()) || message.text().contains("Content Security Policy")) {
                problems.add(on.url() + ": " + message.text());
            }
        });
        on.onPageError(error -> problems.add(on.url() + ": " + error));
    }

    /** Signs in on the sign-in page and waits for the home page. */
    void signIn(Page on, String username) {
        on.navigate("/login");
        on.locator("#username").fill(username);
        on.locator("#password").fill(PASSWORD);
        on.locator("form[action$='/login'] button[type=submit]").click();
        on.waitForURL(baseUrl() + "/");
    }
}
