package org.cadretraining.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.ApiCalls.body;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.awaitility.Awaitility;
import org.cadretraining.shared.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Reminders to the trainees who have not answered: previewed (how many, who, who by email), sent only as previewed,
 * in the application with a link to the answering page and by email in the recipient's language, and not again
 * within the interval. With spring.mail.host pointing at an embedded SMTP server.
 */
class ReminderTests extends EvaluationCourseTests {

    private static final int PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    EvaluationCourse course;
    String page;
    String api;
    String answerPage;

    @BeforeEach
    void course() {
        course = newCourse();
        page = "/courses/" + course.courseId + "/evaluation/reminders";
        api = "/api/v1/evaluation/courses/" + course.courseId + "/reminders";
        answerPage = "/courses/" + course.courseId + "/evaluation/answer";
        course.openQuestionnaire(false);
        // trainee 0 answers; 1 reads the application in English, 2 never chose a language, 3 has no email address
        assertThat(course.submit(course.trainees[0], course.answers(5, null))).hasStatus(204);
        email(course.trainees[1], course.prefix + "one@example.org");
        email(course.trainees[2], course.prefix + "two@example.org");
        jdbc.sql("""
                        insert into account (username, password_hash, display_name, cadre_id, locale, created_at)
                        values (?, 'x', '学员1', ?, 'en', now())
                        """)
                .params(course.prefix + "trainee1", course.trainees[1].cadreId())
                .update();
    }

    @Test
    void theOrganiserPreviewsThenRemindsInTheApplicationAndByMailInEachOnesLanguage() throws Exception {
        assertThat(mvc.get().uri(page).with(as(course.organiser)))
                .hasStatusOk()
                .bodyText()
                .contains("将提醒 3 名尚未作答的学员，其中 2 人同时收到电子邮件。", "学员1", "学员2", "学员3")
                .contains("站内通知和电子邮件", "24 小时内只能提醒一次", "name=\"expected\" value=\"3\"")
                .contains("确定向 3 名学员发送提醒？")
                .doesNotContain("学员0");
        assertThat(notices()).as("nothing is sent by the preview").isZero();

        assertThat(mvc.post()
                        .uri(page)
                        .param("expected", "3")
                        .with(as(course.organiser))
                        .with(csrf()))
                .hasStatus(302)
                .hasRedirectedUrl("/courses/" + course.courseId + "/evaluation");

        assertThat(notices()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from notification where course_id = ? and cadre_id = ?")
                        .params(course.courseId, course.trainees[0].cadreId())
                        .query(Integer.class)
                        .single())
                .as("who has answered is left alone")
                .isZero();
        assertThat(mvc.get().uri("/my/courses").with(as(course.trainees[3])))
                .hasStatusOk()
                .bodyText()
                .contains("href=\"" + answerPage + "\"", "您还没有提交训后评估问卷");

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> smtp.getReceivedMessages().length >= 2);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage english = to(received, course.prefix + "one@example.org");
        assertThat(english.getSubject()).startsWith("Please submit the course evaluation: Training course");
        assertThat(english.getContent().toString())
                .contains("It is anonymous and closes at", "http://localhost" + answerPage)
                .doesNotContain("您好");
        MimeMessage chinese = to(received, course.prefix + "two@example.org");
        assertThat(chinese.getSubject()).startsWith("请提交训后评估问卷：领导干部政治能力提升培训班");
        assertThat(chinese.getContent().toString()).contains("问卷匿名填写，将于", "http://localhost" + answerPage);
    }

    @Test
    void aSecondRoundWithinTheIntervalIsRefusedAndSaysWhenTheNextMayGo() {
        assertThat(remind(3)).hasStatusOk().bodyText().contains("\"recipients\":3", "\"byEmail\":2");
        assertThat(body(mvc.get().uri(api).with(as(course.organiser)).exchange()))
                .contains("\"sendable\":false", "\"lastSentAt\":\"", "\"nextAllowedAt\":\"");
        assertThat(mvc.post()
                        .uri(page)
                        .param("expected", "3")
                        .with(as(course.organiser))
                        .with(csrf()))
                .hasStatus(409)
                .bodyText()
                .containsPattern(
                        "上次提醒在 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}，\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 之后才能再次提醒。")
                .doesNotContain("id=\"reminder-send\"");
        assertThat(remind(3)).hasStatus(409).hasContentType("application/problem+json");
        assertThat(notices()).isEqualTo(3);

        // once the interval has passed, those still not answering may be reminded again
        jdbc.sql("update evaluation_reminder set sent_at = ? where course_id = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofHours(25))), course.courseId)
                .update();
        assertThat(remind(3)).hasStatusOk();
        assertThat(notices()).isEqualTo(6);
    }

    @Test
    void aRoundIsSentOnlyAsPreviewedAndOnlyWhileTheQuestionnaireIsOpen() {
        assertThat(course.submit(course.trainees[1], course.answers(4, null))).hasStatus(204);
        assertThat(mvc.post()
                        .uri(page)
                        .param("expected", "3")
                        .with(as(course.organiser))
                        .with(csrf()))
                .as("someone answered since the preview")
                .hasStatus(409)
                .bodyText()
                .contains("提醒名单已有变化，现在有 2 人尚未作答，请核对名单后再发送。", "name=\"expected\" value=\"2\"");
        assertThat(mvc.post().uri(page).with(as(course.organiser)).with(csrf()))
                .as("no count confirmed")
                .hasStatus(409);
        assertThat(remind(null)).hasStatus(409);
        assertThat(notices()).isZero();
        assertThat(mvc.post().uri(page).param("expected", "2").with(as(course.organiser)))
                .as("no CSRF token")
                .hasStatus(403);

        assertThat(mvc.post()
                        .uri("/courses/" + course.courseId + "/evaluation/close")
                        .with(as(course.organiser))
                        .with(csrf()))
                .hasStatus(302);
        assertThat(remind(2)).hasStatus(409).bodyText().containsPattern("问卷已于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 截止");
        assertThat(mvc.get().uri(page).with(as(course.organiser)))
                .bodyText()
                .contains("问卷已截止，不能再提醒。")
                .doesNotContain("id=\"reminder-send\"");
        assertThat(notices()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void onlyTheOrganisersAndTheCoursesClassTeacherRemind() {
        EvaluationCourse other = newCourse();
        CurrentUser[] refused = {
            course.trainees[1], course.outsider, course.liaison, course.lecturer, other.classTeacher
        };
        for (CurrentUser someone : refused) {
            assertThat(mvc.get().uri(page).with(as(someone))).hasStatus(403);
            assertThat(mvc.get().uri(api).with(as(someone))).hasStatus(403);
            assertThat(mvc.post()
                            .uri(page)
                            .param("expected", "3")
                            .with(as(someone))
                            .with(csrf()))
                    .hasStatus(403);
            assertThat(remind(3, someone)).hasStatus(403).hasContentType("application/problem+json");
        }
        assertThat(notices()).isZero();
        assertThat(remind(3, course.classTeacher))
                .as("the class teacher reminds their own class")
                .hasStatusOk();
    }

    private MvcTestResult remind(Integer expected) {
        return remind(expected, course.organiser);
    }

    private MvcTestResult remind(Integer expected, CurrentUser who) {
        return mvc.post()
                .uri(api)
                .with(as(who))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(expected == null ? "{}" : "{\"expected\": " + expected + "}")
                .exchange();
    }

    private int notices() {
        return jdbc.sql("select count(*) from notification where course_id = ? and message_key = ?")
                .params(course.courseId, Reminders.NOTICE_KEY)
                .query(Integer.class)
                .single();
    }

    private void email(CurrentUser trainee, String address) {
        jdbc.sql("update cadre set email = ? where id = ?")
                .params(address, trainee.cadreId())
                .update();
    }

    private static MimeMessage to(MimeMessage[] received, String address) {
        return Arrays.stream(received)
                .filter(m -> {
                    try {
                        return m.getRecipients(Message.RecipientType.TO)[0]
                                .toString()
                                .equals(address);
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst()
                .orElseThrow();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
