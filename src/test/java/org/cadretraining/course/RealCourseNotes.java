package org.cadretraining.course;

import static org.cadretraining.course.RealCourseText.isoDate;
import static org.cadretraining.course.RealCourseText.list;
import static org.cadretraining.course.RealCourseText.map;
import static org.cadretraining.course.RealCourseText.remarked;
import static org.cadretraining.course.RealCourseText.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts of a report that no field of a course holds, each kept verbatim in the course's notes as one line
 * "{@code path: text}" (the path as the file has it). A course has no field for the report it was taken from, for the
 * shape the file's reader saw in it, for a qualifier of its year or days ("inferred", "shortly before", "about three
 * months later", "evenings", "within course": an item is one sitting on one day), for the remark the file adds to a
 * name in brackets, for a place no item was held at (one main venue per course), for a person who only attended,
 * for a count that is not a number of places ("100+", "70+ enrolled; 68 completed"), nor for what the report adds
 * (a series' history, awards, the format). A fact the report does not give is kept as "(not given)".
 */
final class RealCourseNotes {

    static final String NOT_GIVEN = "(not given)";
    static final String HEADER = "报道所载、无专门字段之事实（逐字）/ Facts of the report kept verbatim:";
    static final String SAMPLES = "报道未给出的日期与时刻为示例 / days and hours the report does not give are samples";

    private RealCourseNotes() {}

    /** One line of the notes: the file's path and its text, or "(not given)". */
    static String line(String path, Object value) {
        return path + ": " + (value == null ? NOT_GIVEN : text(value));
    }

    /**
     * The notes of the course entered from the report; {@code placedVenues} are the venues that became a site of the
     * register (the main venue, and any other an item was held at).
     */
    static String of(Map<String, Object> report, boolean online, Set<Integer> placedVenues) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        map(report.get("source")).forEach((key, value) -> lines.add(line("source." + key, value)));
        lines.add(line("shape", report.get("shape")));
        if (!text(report.get("year")).matches("\\d{4}")) {
            lines.add(line("year", report.get("year")));
        }
        map(report.get("dates")).forEach((key, value) -> {
            if (!isoDate(value)) {
                lines.add(line("dates." + key, value));
            }
        });
        remarks(lines, "organisers", list(report.get("organisers")));
        remarks(lines, "co_organisers", list(report.get("co_organisers")));
        String host = text(report.get("host_institution"));
        if (remarked(host) || host.startsWith("same ")) {
            lines.add(line("host_institution", host));
        }
        List<Object> venues = list(report.get("venues"));
        for (int k = 0; k < venues.size(); k++) {
            if (online || remarked(text(venues.get(k))) || !placedVenues.contains(k)) {
                lines.add(line("venues[" + k + "]", venues.get(k)));
            }
        }
        Map<String, Object> chair = map(report.get("presider_or_chair"));
        if (!chair.isEmpty() && (remarked(text(chair.get("position"))) || notGiven(chair.get("position")))) {
            lines.add(line("presider_or_chair.position", chair.get("position")));
        }
        List<Object> people = list(report.get("speakers_or_lecturers"));
        for (int i = 0; i < people.size(); i++) {
            Map<String, Object> person = map(people.get(i));
            String path = "speakers_or_lecturers[" + i + "].";
            if (RealCourseRoles.attendedOnly(person)) {
                person.forEach((key, value) -> lines.add(line(path + key, value)));
            } else if (RealCourseRecords.named(person) && remarked(text(person.get("position")))) {
                lines.add(line(path + "position", person.get("position")));
            }
        }
        List<Object> items = list(report.get("items"));
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> item = map(items.get(i));
            if (!isoDate(item.get("date")) && !"same".equals(text(item.get("date")))) {
                lines.add(line("items[" + i + "].date", item.get("date")));
            }
            if (item.get("site") == null || notGiven(item.get("site"))) {
                lines.add(line("items[" + i + "].site", item.get("site")));
            }
        }
        Object count = map(report.get("participants")).get("count");
        if (!text(count).matches("\\d+")) {
            lines.add(line("participants.count", count));
        }
        map(report.get("other")).forEach((key, value) -> {
            if (!key.equals("homework")) {
                lines.add(line("other." + key, value));
            }
        });
        lines.add(SAMPLES);
        return String.join("\n", lines);
    }

    static boolean notGiven(Object value) {
        return text(value).equals("not given");
    }

    private static void remarks(List<String> lines, String key, List<Object> names) {
        for (int i = 0; i < names.size(); i++) {
            if (remarked(text(names.get(i)))) {
                lines.add(line(key + "[" + i + "]", names.get(i)));
            }
        }
    }
}
