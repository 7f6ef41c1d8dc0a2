package org.cadretraining.evaluation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.cadretraining.shared.DomainException;

/**
 * The organiser's settings of a course's questionnaire; times are the institution's local times. Every field is
 * read as the text sent, so that anything unreadable is refused with a sentence naming the field, input kept.
 */
record QuestionnaireForm(
        String templateId, List<String> itemIds, String opensAt, String closesAt, Boolean requiredForCompletion) {

    static QuestionnaireForm of(Questionnaire q, ZoneId zone) {
        return new QuestionnaireForm(
                String.valueOf(q.templateId()),
                q.itemIds().stream().map(String::valueOf).toList(),
                LocalDateTime.ofInstant(q.opensAt(), zone).toString(),
                LocalDateTime.ofInstant(q.closesAt(), zone).toString(),
                q.requiredForCompletion());
    }

    public boolean evaluates(long itemId) {
        return itemIds != null && itemIds.contains(String.valueOf(itemId));
    }

    public boolean uses(long templateId) {
        return String.valueOf(templateId).equals(this.templateId);
    }

    Questionnaire toQuestionnaire(long courseId, ZoneId zone) {
        Long template = number(templateId, "templateId", "evaluation.questionnaire.templateRequired");
        if (template == null) {
            throw DomainException.invalid("templateId", "evaluation.questionnaire.templateRequired");
        }
        List<Long> items = new ArrayList<>();
        for (String item : itemIds == null ? List.<String>of() : itemIds) {
            items.add(number(item, "itemIds", "evaluation.questionnaire.itemNotInCourse"));
        }
        return new Questionnaire(
                courseId,
                template,
                moment(opensAt, zone, "opensAt", "evaluation.questionnaire.opensAtRequired"),
                moment(closesAt, zone, "closesAt", "evaluation.questionnaire.closesAtRequired"),
                Boolean.TRUE.equals(requiredForCompletion),
                items.stream().distinct().sorted().toList());
    }

    private static Long number(String text, String field, String refusal) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            throw DomainException.invalid(field, refusal);
        }
    }

    private static Instant moment(String text, ZoneId zone, String field, String refusal) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException unreadable) {
            throw DomainException.invalid(field, refusal);
        }
    }
}
