package org.cadretraining.completion;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cadretraining.attendance.ItemAttendance;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.Place;
import org.cadretraining.course.CreditBasis;
import org.cadretraining.course.DayBlock;
import org.cadretraining.course.ItemCredit;
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
    LocalizedText credited(AgendaEntry item, ItemAttendance attendance, Place place, ItemCredit credit, ZoneId zone) {
        return new LocalizedText(
                credited(item, attendance, place, credit, zone, ZH),
                credited(item, attendance, place, credit, zone, EN));
    }

    /** An item's explanation in an on-the-job (在职) course, naming the rule that its day is no full-time day. */
    LocalizedText onTheJob(LocalizedText credited) {
        return new LocalizedText(
                messages.getMessage("completion.explanation.onTheJob", new Object[] {credited.zh()}, ZH),
                messages.getMessage("completion.explanation.onTheJob", new Object[] {credited.en()}, EN));
    }

    private String credited(
            AgendaEntry item, ItemAttendance attendance, Place place, ItemCredit credit, ZoneId zone, Locale locale) {
        String type = messages.getMessage("course.agenda.type." + item.type(), null, locale);
        String title = item.title().in(locale);
        String placeName = place == null ? "" : place.name().in(locale);
        // a field study is known by where it goes; other items by their title, or where they are when untitled
        String what = item.type().name().equals("FIELD_STUDY") && !placeName.isEmpty()
                ? placeName
                : !title.isEmpty() ? title : placeName;
        // a title that already names its kind is not prefixed with the kind again: "开班式：..." loses its prefix,
        // and one that is only its kind ("开班式") or runs on from it ("分组研讨（一）") is written whole, kind left out
        String key = "completion.explanation";
        if (what.startsWith(type)) {
            String rest = what.substring(type.length());
            if (rest.matches("[：:\\s]+\\S.*")) {
                what = rest.replaceFirst("^[：:\\s]+", "");
            } else {
                key = "completion.explanation.kindInTitle";
            }
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
        return messages.getMessage(
                key,
                new Object[] {
                    day(item.day(), locale),
                    block(credit.block(), locale),
                    type,
                    what,
                    presence,
                    howCredited(credit, locale)
                },
                locale);
    }

    /**
     * How the item came by its 学时, naming only the rules the reckoning says applied: set by hand, or the half-day
     * rule, the length, sharing, the daily cap, the evening setting; none when the figure is no longer the rule's.
     */
    private String howCredited(ItemCredit credit, Locale locale) {
        String hours = plain(credit.hours());
        if (credit.setByHand()) {
            return messages.getMessage("completion.explanation.setByHand", new Object[] {hours}, locale);
        }
        if (credit.bases().isEmpty()) {
            return messages.getMessage("completion.explanation.asRecorded", new Object[] {hours}, locale);
        }
        String kind =
                credit.type() == null ? "" : messages.getMessage("course.agenda.type." + credit.type(), null, locale);
        Object[] figures = {
            plain(credit.halfDayHours()),
            credit.halfDayMinutes(),
            plain(credit.dayHours()),
            kind,
            credit.minutes(),
            credit.minutesPerHour()
        };
        String rules = credit.bases().stream()
                .sorted()
                .map(basis -> messages.getMessage(key(basis), figures, locale))
                .collect(Collectors.joining(messages.getMessage("completion.explanation.basisJoin", null, locale)));
        return messages.getMessage("completion.explanation.byRules", new Object[] {hours, rules}, locale);
    }

    /**
     * The clause naming one rule that applied; its arguments are the half day's hours and minutes, the day's hours,
     * the item's kind, its minutes and its kind's minutes a 学时.
     */
    private static String key(CreditBasis basis) {
        return "completion.explanation."
                + switch (basis) {
                    case HALF_DAY -> "halfDay";
                    case FULL_DAY -> "fullDay";
                    case BY_LENGTH -> "byLength";
                    case SHARED -> "shared";
                    case DAILY_CAP -> "dailyCap";
                    case EVENING_BY_MINUTES -> "eveningByMinutes";
                    case EVENING_NONE -> "eveningNone";
                    case SET_BY_HAND -> "setByHand";
                    case ITEM_TYPE_BY_LENGTH -> "itemTypeByLength";
                    case ITEM_TYPE_FIXED -> "itemTypeFixed";
                    case ITEM_TYPE_NONE -> "itemTypeNone";
                };
    }

    String day(LocalDate day, Locale locale) {
        return day.format(DateTimeFormatter.ofPattern(locale.getLanguage().equals("en") ? "d MMM" : "M月d日", locale));
    }

    private String block(DayBlock block, Locale locale) {
        return messages.getMessage("completion.explanation." + block.name().toLowerCase(Locale.ROOT), null, locale);
    }

    private static String time(java.time.Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalTime().format(TIME);
    }

    /** "3" rather than "3.00" in a sentence; "1.5" stays. */
    static String plain(CreditHours hours) {
        return hours.value().stripTrailingZeros().toPlainString();
    }
}
