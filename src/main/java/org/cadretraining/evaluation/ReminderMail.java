package org.cadretraining.evaluation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The reminder by email, in the recipient's language (Chinese where they never chose one), with the address of the
 * answering page. Boot offers a mail sender only when spring.mail.host is set; without one only the in-app notice
 * goes. A refusing mail server is logged, not retried: the notices stand.
 */
@Component
class ReminderMail {

    private static final Logger log = LoggerFactory.getLogger(ReminderMail.class);

    /** One email to send: to whom, and in which language. */
    record Letter(long cadreId, String address, Locale language) {}

    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final String from;

    ReminderMail(
            ObjectProvider<JavaMailSender> sender,
            MessageSource messages,
            @Value("${app.mail.from:noreply@cadre-training.local}") String from) {
        this.sender = sender;
        this.messages = messages;
        this.from = from;
    }

    boolean available() {
        return sender.getIfAvailable() != null;
    }

    void send(CourseSummary course, Instant closesAt, ZoneId zone, String answerAddress, List<Letter> letters) {
        JavaMailSender mailer = sender.getIfAvailable();
        if (mailer == null) {
            return;
        }
        for (Letter letter : letters) {
            Object[] arguments = {
                course.title().in(letter.language()), Questionnaire.shown(closesAt, zone), answerAddress
            };
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(letter.address());
            message.setSubject(messages.getMessage("evaluation.reminder.mail.subject", arguments, letter.language()));
            message.setText(messages.getMessage("evaluation.reminder.mail.body", arguments, letter.language()));
            try {
                mailer.send(message);
            } catch (MailException e) {
                log.warn(
                        "Could not mail the evaluation reminder of course {} to cadre {}",
                        course.id(),
                        letter.cadreId(),
                        e);
            }
        }
    }
}
