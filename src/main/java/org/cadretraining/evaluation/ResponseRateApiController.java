package org.cadretraining.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@ApiController("/api/v1/evaluation/courses/{courseId}")
@Tag(
        name = "Questionnaire response rate and reminders",
        description = "While a course's questionnaire runs: how many trainees have answered and who has not yet"
                + " (never when anyone answered, nor what), and reminders to those who have not. For organisers and"
                + " the course's class teacher.")
class ResponseRateApiController {

    /** The rate; {@code notAnswered} lists the trainees still to answer, by study group and staff number. */
    record RateResponse(
            Questionnaire.Phase phase,
            Instant closesAt,
            int answered,
            int enrolled,
            int percent,
            List<PendingTrainee> notAnswered) {}

    record PendingTrainee(long cadreId, String staffNumber, String name, String nameEn) {}

    /** What a reminder would do now; {@code nextAllowedAt} is null when one may be sent now. */
    record ReminderPreviewResponse(
            int recipients,
            long byEmail,
            boolean sendable,
            Instant lastSentAt,
            Instant nextAllowedAt,
            List<PendingTrainee> to) {}

    /** The number of recipients the sender was shown; the round is refused if the list has changed since. */
    record ReminderRequest(Integer expected) {}

    record ReminderSent(int recipients, long byEmail) {}

    private final ResponseRates rates;
    private final Reminders reminders;

    ResponseRateApiController(ResponseRates rates, Reminders reminders) {
        this.rates = rates;
        this.reminders = reminders;
    }

    @Operation(summary = "How many trainees have answered the questionnaire, and who has not yet")
    @GetMapping("/response-rate")
    RateResponse rate(@PathVariable long courseId) {
        ResponseRate rate = rates.follow(courseId, CurrentUser.get());
        return new RateResponse(
                rate.phase(),
                rate.closesAt(),
                rate.answered(),
                rate.enrolled(),
                rate.percent(),
                pending(rate.notAnswered()));
    }

    @Operation(summary = "Preview a reminder to the trainees who have not answered")
    @GetMapping("/reminders")
    ReminderPreviewResponse preview(@PathVariable long courseId) {
        ReminderPreview preview = reminders.preview(courseId, CurrentUser.get());
        return new ReminderPreviewResponse(
                preview.count(),
                preview.mailCount(),
                preview.sendable(),
                preview.last().map(ReminderRound::sentAt).orElse(null),
                preview.nextAllowedAt(),
                pending(preview.rate().notAnswered()));
    }

    @Operation(
            summary = "Remind the trainees who have not answered, in the application and by email",
            description = "Refused (409) when the questionnaire is not open, when nobody is left, when a round went"
                    + " within the interval, or when the number of recipients is no longer the one expected.")
    @PostMapping("/reminders")
    ReminderSent remind(@PathVariable long courseId, @RequestBody ReminderRequest request) {
        Reminders.Sent sent = reminders.send(courseId, request.expected(), answerAddress(courseId), CurrentUser.get());
        return new ReminderSent(sent.recipients(), sent.mailed());
    }

    static String answerAddress(long courseId) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/courses/{id}/evaluation/answer")
                .buildAndExpand(courseId)
                .toUriString();
    }

    private static List<PendingTrainee> pending(List<ResponseRate.Pending> pending) {
        return pending.stream()
                .map(p -> new PendingTrainee(p.cadreId(), p.staffNumber(), p.name(), p.nameEn()))
                .toList();
    }
}
