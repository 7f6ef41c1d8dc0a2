package org.cadretraining.notification;

import java.util.Collection;
import java.util.Locale;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.organisation.OrganisationDirectory;
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
 * One short bilingual email per person a change concerns, to the address on their cadre record. Boot offers a mail
 * sender only when spring.mail.host is set; without one nothing is sent. A mail server that refuses is logged, not
 * retried: the version and the in-app notices stand.
 */
@Component
class ChangeMail {

    private static final Logger log = LoggerFactory.getLogger(ChangeMail.class);
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    private final ObjectProvider<JavaMailSender> sender;
    private final OrganisationDirectory directory;
    private final MessageSource messages;
    private final String from;

    ChangeMail(
            ObjectProvider<JavaMailSender> sender,
            OrganisationDirectory directory,
            MessageSource messages,
            @Value("${app.mail.from:noreply@cadre-training.local}") String from) {
        this.sender = sender;
        this.directory = directory;
        this.messages = messages;
        this.from = from;
    }

    void send(CourseSummary course, ScheduleVersions.Version version, Collection<Long> cadres) {
        JavaMailSender mailer = sender.getIfAvailable();
        if (mailer == null) {
            return;
        }
        for (long cadreId : cadres) {
            directory.email(cadreId).ifPresent(address -> {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(address);
                message.setSubject(text("notification.mail.subject", course, version, ZH) + " / "
                        + text("notification.mail.subject", course, version, EN));
                message.setText(text("notification.mail.body", course, version, ZH) + "\n\n"
                        + text("notification.mail.body", course, version, EN));
                try {
                    mailer.send(message);
                } catch (MailException e) {
                    log.warn(
                            "Could not mail schedule change {} of course {} to cadre {}",
                            version.number(),
                            course.id(),
                            cadreId,
                            e);
                }
            });
        }
    }

    private String text(String key, CourseSummary course, ScheduleVersions.Version version, Locale locale) {
        String kind = messages.getMessage("notification.change." + version.kind(), null, locale);
        String before = version.beforeIn(locale);
        String after = version.afterIn(locale);
        String none = messages.getMessage("notification.none", null, locale);
        return messages.getMessage(
                key,
                new Object[] {
                    course.title().in(locale),
                    version.number(),
                    kind,
                    before.isEmpty() ? none : before,
                    after.isEmpty() ? none : after
                },
                locale);
    }
}
