package org.cadretraining.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import org.awaitility.Awaitility;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** With spring.mail.host pointing at an embedded SMTP server, the people a change concerns get an email. */
@SpringBootTest
@AutoConfigureMockMvc
class ScheduleChangeMailTests {

    private static final int PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnrolmentSetup enrolments;

    @Test
    void theParticipantAndTheSpeakerAreMailedTheChangeWithTheCourseTitle() throws Exception {
        ScheduleFixture seed = new ScheduleFixture(mvc, directory, jdbc, enrolments);
        long item = seed.planWithOneItem();
        seed.openNominationsWithTheParticipant();
        seed.move(item, "10:00", "11:30");
        seed.settle();

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> smtp.getReceivedMessages().length >= 2);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(Arrays.stream(received).map(ScheduleChangeMailTests::recipient))
                .containsExactlyInAnyOrder("bai.jing@example.org", "hu.xiaomei@example.org");
        MimeMessage toParticipant = Arrays.stream(received)
                .filter(m -> recipient(m).equals("bai.jing@example.org"))
                .findFirst()
                .orElseThrow();
        assertThat(toParticipant.getSubject())
                .contains(seed.title)
                .contains("日程有变更")
                .contains("schedule changed");
        assertThat(toParticipant.getContent().toString())
                .contains(seed.title)
                .contains("变更前：2023-03-18 09:00–10:00 · 塔山阻击战的历史背景")
                .contains("变更后：2023-03-18 10:00–11:30 · 塔山阻击战的历史背景")
                .contains("Before: 2023-03-18 09:00–10:00 · Tashan")
                .contains("After: 2023-03-18 10:00–11:30 · Tashan");
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
