package org.cadretraining.course;

import static org.cadretraining.course.RealCourseText.map;
import static org.cadretraining.course.RealCourseText.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who did what at which item of a report: each person who spoke goes to the item they spoke at, judged from what they
 * spoke about (an opening speech at the opening ceremony, a completion speech at the completion ceremony, an
 * exchange at the exchange, anything else at the lectures); one who only attended speaks nowhere; the presider
 * chairs the opening ceremony (the file says "chaired the opening"), else the first item.
 */
final class RealCourseRoles {

    private static final List<String> OPENING_WORDS =
            List.of("opening", "welcome", "pledge", "arrangements", "class plan");
    private static final List<String> COMPLETION_WORDS = List.of("completion", "congratulat", "certificate");

    private RealCourseRoles() {}

    /** Whether the person only attended: present, but no item holds them as a speaker. */
    static boolean attendedOnly(Map<String, Object> person) {
        return text(person.get("topic")).toLowerCase(Locale.ROOT).startsWith("attended");
    }

    /** The index of the report's item the person spoke at, or -1 for one who only attended. */
    static int itemOf(Map<String, Object> person, List<Object> items) {
        if (attendedOnly(person)) {
            return -1;
        }
        String topic = text(person.get("topic")).toLowerCase(Locale.ROOT);
        int completion = indexOf(items, "completion-ceremony");
        int opening = indexOf(items, "opening-ceremony");
        if (completion >= 0 && COMPLETION_WORDS.stream().anyMatch(topic::contains)) {
            return completion;
        }
        if (opening >= 0 && OPENING_WORDS.stream().anyMatch(topic::contains)) {
            return opening;
        }
        for (int i = 0; i < items.size(); i++) {
            String title = text(map(items.get(i)).get("title")).toLowerCase(Locale.ROOT);
            if (!RealCourseRecords.named(person) && topic.contains("experience") && title.contains("experience")) {
                return i;
            }
        }
        int lecture = indexOf(items, "lecture");
        return lecture >= 0 ? lecture : 0;
    }

    /** The item the presider chairs: the opening ceremony, else the first. */
    static int presidedItem(List<Object> items) {
        return Math.max(indexOf(items, "opening-ceremony"), 0);
    }

    static int indexOf(List<Object> items, String type) {
        for (int i = 0; i < items.size(); i++) {
            if (type.equals(text(map(items.get(i)).get("type")))) {
                return i;
            }
        }
        return -1;
    }

    /** The agenda item type of a report's item type. */
    static AgendaItemType type(String kind) {
        return switch (kind) {
            case "opening-ceremony" -> AgendaItemType.OPENING_CEREMONY;
            case "completion-ceremony" -> AgendaItemType.CLOSING_CEREMONY;
            case "lecture" -> AgendaItemType.LECTURE;
            case "field-study" -> AgendaItemType.FIELD_STUDY;
            case "group-discussion" -> AgendaItemType.GROUP_DISCUSSION;
            case "self-study" -> AgendaItemType.SELF_STUDY;
            case "exam" -> AgendaItemType.EXAM;
            default -> AgendaItemType.OTHER;
        };
    }
}
