package org.cadretraining.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cadretraining.account.CadreLanguages;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reminds the trainees who have not answered an open questionnaire: a notice in the application that leads to the
 * answering page, and an email where their record has an address. Shown first as a preview; sent only when the
 * list is still the one previewed, and not again within the interval.
 */
@Service
class Reminders {

    static final String NOTICE_KEY = "evaluation.notice.reminder";

    /** What a round did: how many were reminded, and how many of them by email too. */
    record Sent(int recipients, long mailed) {}

    private final CourseCatalog catalog;
    private final QuestionnaireStore questionnaires;
    private final ResponseRates rates;
    private final ReminderStore rounds;
    private final ReminderMail mail;
    private final ClassMembers members;
    private final OrganisationDirectory directory;
    private final CadreLanguages languages;
    private final EvaluationRights rights;
    private final Clock clock;
    private final Duration interval;

    Reminders(
            CourseCatalog catalog,
            QuestionnaireStore questionnaires,
            ResponseRates rates,
            ReminderStore rounds,
            ReminderMail mail,
            ClassMembers members,
            OrganisationDirectory directory,
            CadreLanguages languages,
            EvaluationRights rights,
            Clock clock,
            @Value("${app.evaluation.reminder-interval:PT24H}") Duration interval) {
        this.catalog = catalog;
        this.questionnaires = questionnaires;
        this.rates = rates;
        this.rounds = rounds;
        this.mail = mail;
        this.members = members;
        this.directory = directory;
        this.languages = languages;
        this.rights = rights;
        this.clock = clock;
        this.interval = interval;
    }

    @Transactional(readOnly = true)
    ReminderPreview preview(long courseId, CurrentUser user) {
        CourseSummary course = followed(courseId, user);
        Questionnaire questionnaire = questionnaires
                .find(courseId)
                .orElseThrow(() -> DomainException.notFound("evaluation.questionnaire.none"));
        ResponseRate rate = rates.of(courseId, Optional.of(questionnaire));
        List<ReminderPreview.Recipient> recipients = rate.notAnswered().stream()
                .map(who -> new ReminderPreview.Recipient(
                        who, directory.email(who.cadreId()).orElse("")))
                .toList();
        Optional<ReminderRound> last = rounds.last(courseId);
        Instant now = clock.instant();
        Instant next = last.filter(round -> !round.allowsAnotherAt(now, interval))
                .map(round -> round.nextAllowed(interval))
                .orElse(null);
        return new ReminderPreview(course, rate, recipients, mail.available(), last, next, interval);
    }

    /**
     * Sends a round to those who have not answered, when they are the {@code expected} number the sender was shown;
     * {@code answerAddress} is the answering page's full address, for the email.
     */
    @Transactional
    Sent send(long courseId, Integer expected, String answerAddress, CurrentUser user) {
        followed(courseId, user); // refused before anything is locked
        questionnaires.lock(courseId); // one round at a time: a second sender waits, then finds it too soon
        ReminderPreview preview = preview(courseId, user);
        Instant now = clock.instant();
        Questionnaire questionnaire = questionnaires.find(courseId).orElseThrow();
        questionnaire.requireOpen(now, clock.getZone());
        preview.last().ifPresent(round -> round.requireAnotherAllowedAt(now, interval, clock.getZone()));
        if (preview.recipients().isEmpty()) {
            throw DomainException.conflict(null, "evaluation.reminder.nobody");
        }
        if (expected == null || expected != preview.count()) {
            throw DomainException.conflict("expected", "evaluation.reminder.changed", preview.count());
        }
        String answerPath = "/courses/" + courseId + "/evaluation/answer";
        preview.recipients().forEach(r -> members.notify(r.who().cadreId(), courseId, NOTICE_KEY, answerPath));
        List<ReminderMail.Letter> letters = letters(preview);
        rounds.record(courseId, now, user.username(), preview.count(), letters.size());
        // mailed once the round is stored for good, so a round rolled back mails nobody
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                mail.send(preview.course(), questionnaire.closesAt(), clock.getZone(), answerAddress, letters);
            }
        });
        return new Sent(preview.count(), letters.size());
    }

    private CourseSummary followed(long courseId, CurrentUser user) {
        CourseSummary course =
                catalog.course(courseId).orElseThrow(() -> DomainException.notFound("evaluation.course.notFound"));
        rights.requireFollowProgress(courseId, user);
        return course;
    }

    private List<ReminderMail.Letter> letters(ReminderPreview preview) {
        if (!preview.mailConfigured()) {
            return List.of();
        }
        List<ReminderPreview.Recipient> mailed = preview.recipients().stream()
                .filter(ReminderPreview.Recipient::mailed)
                .toList();
        Map<Long, Locale> chosen =
                languages.of(mailed.stream().map(r -> r.who().cadreId()).toList());
        return mailed.stream()
                .map(r -> new ReminderMail.Letter(
                        r.who().cadreId(),
                        r.email(),
                        chosen.getOrDefault(r.who().cadreId(), Locale.SIMPLIFIED_CHINESE)))
                .toList();
    }
}
