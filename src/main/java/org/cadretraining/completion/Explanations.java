package org.cadretraining.completion;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.cadretraining.attendance.ItemAttendance;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.Place;
import org.cadretraining.course.TrainingRules;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes, in Chinese and English, why an item's 学时 were credited and why a trainee did not complete, so that a
 * person reading their ledger or the completion list can check it: "3月19日下午，现场教学：塔山阻击战纪念馆：出席
 * 14:02–17:10；按“半天 = 3 学时”计 3 学时".
 */
@Component
class Explanations {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    static final Locale EN = Locale.ENGLISH;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;

    Explanations(MessageSource messages) {
        this.messages = messages;
    }

    LocalizedText text(String key, Object... args) {
        return new LocalizedText(messages.getMessage(key, args, ZH), messages.getMessage(key, args, EN));
    }

    /** Why the item's 学时 were credited: when and where, when the trainee was there, and by which rule. */
    LocalizedText credited(AgendaEntry item, ItemAttendance attendance, Place place, TrainingRules rules, ZoneId zone) {
        return new LocalizedText(
                credited(item, attendance, place, rules, zone, ZH), credited(item, attendance, place, rules, zone, EN));
    }

    private String credited(
            AgendaEntry item, ItemAttendance attendance, Place place, TrainingRules rules, ZoneId zone, Locale locale) {
        String type = messages.getMessage("course.agenda.type." + item.type(), null, locale);
        String title = item.title().in(locale);
        String placeName = place == null ? "" : place.name().in(locale);
        // a field study is known by where it goes; other items by their title, or where they are when untitled
        String what = item.type().name().equals("FIELD_STUDY") && !placeName.isEmpty()
                ? placeName
                : !title.isEmpty() ? title : placeName;
        // a title that already names its kind ("开班式：...") is not prefixed with the kind again
        if (what.startsWith(type)) {
            what = what.substring(type.length()).replaceFirst("^[：:\\s]+", "");
        }
        String presence;
        if (attendance.checkedInAt() == null) {
            presence = messages.getMessage("completion.explanation.marked", null, locale);
        } else if (attendance.checkedOutAt() == null) {
            presence = messages.getMessage(
                    "completion.explanation.presentFrom", new Object[] {time(attendance.checkedInAt(), zone)}, locale);
        } else {
            presence = messages.getMessage(
                    "completion.explanation.present",
                    new Object[] {time(attendance.checkedInAt(), zone), time(attendance.checkedOutAt(), zone)},
                    locale);
        }
        String hours = plain(item.creditHours());
        String rule;
        if (item.creditHours().equals(rules.hoursPerHalfDay())) {
            rule = messages.getMessage("completion.explanation.halfDay", new Object[] {hours}, locale);
        } else if (item.creditHours().equals(rules.hoursPerDay())) {
            rule = messages.getMessage("completion.explanation.fullDay", new Object[] {hours}, locale);
        } else {
            rule = messages.getMessage(
                    "completion.explanation.byLength",
                    new Object[] {hours, plain(rules.hoursPerHalfDay()), rules.minutesPerHalfDay()},
                    locale);
        }
        return messages.getMessage(
                "completion.explanation",
                new Object[] {day(item.day(), locale), block(item.startsAt(), rules, locale), type, what, presence, rule
                },
                locale);
    }

    String day(LocalDate day, Locale locale) {
        return day.format(DateTimeFormatter.ofPattern(locale.getLanguage().equals("en") ? "d MMM" : "M月d日", locale));
    }

    private String block(LocalTime startsAt, TrainingRules rules, Locale locale) {
        String block = startsAt.isBefore(rules.afternoonStarts())
                ? "morning"
                : startsAt.isBefore(rules.eveningStarts()) ? "afternoon" : "evening";
        return messages.getMessage("completion.explanation." + block, null, locale);
    }

    private static String time(java.time.Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalTime().format(TIME);
    }

    /** "3" rather than "3.00" in a sentence; "1.5" stays. */
    static String plain(CreditHours hours) {
        return hours.value().stripTrailingZeros().toPlainString();
    }
}
