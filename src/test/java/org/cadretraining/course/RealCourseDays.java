package org.cadretraining.course;

import static org.cadretraining.course.RealCourseText.day;
import static org.cadretraining.course.RealCourseText.isoDate;
import static org.cadretraining.course.RealCourseText.list;
import static org.cadretraining.course.RealCourseText.map;
import static org.cadretraining.course.RealCourseText.span;
import static org.cadretraining.course.RealCourseText.text;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadretraining.shared.LocalizedText;

/** The days of a report's course and of the groups it was run for, as the report's date texts give them. */
public final class RealCourseDays {

    private static final Pattern COHORT_NUMBER = Pattern.compile("第?([一二三四五六七八九十百零〇]+)期");

    private RealCourseDays() {}

    /**
     * The course's first and last day: the days the report gives; a day "before" a date is the day before it; a
     * missing start is the end less the length the report gives, a missing end the start plus the span it gives
     * ("about three months later"), else the days of the items. Samples where the report is silent.
     */
    public static LocalDate[] days(Map<String, Object> report) {
        Map<String, Object> dates = map(report.get("dates"));
        Integer year = RealCourseText.year(report.get("year"));
        int inYear = year != null ? year : Objects.requireNonNull(RealCourseText.year(dates.get("start")));
        List<LocalDate> itemDays = list(report.get("items")).stream()
                .map(item -> day(map(item).get("date"), inYear))
                .filter(Objects::nonNull)
                .sorted()
                .toList();
        LocalDate start = dayOf(dates.get("start"), inYear);
        LocalDate end = dayOf(dates.get("end"), inYear);
        Period length = span(dates.get("length"));
        if (start == null) {
            start = end != null && length != null
                    ? end.minus(length)
                    : !itemDays.isEmpty() ? itemDays.getFirst() : LocalDate.of(inYear, 1, 1);
        }
        if (end == null) {
            Period later = span(dates.get("end"));
            end = later != null ? start.plus(later) : !itemDays.isEmpty() ? itemDays.getLast() : start;
        }
        return new LocalDate[] {start, itemDays.isEmpty() || end.isAfter(itemDays.getLast()) ? end : itemDays.getLast()
        };
    }

    /**
     * The groups a course is run for back to back, where its dates say so ("two 3-day cohorts"), named by the
     * numbers its title gives them (第四十四期、四十五期) or else by their order.
     */
    public static List<Cohort> cohorts(Map<String, Object> report, LocalDate start) {
        Object note = map(report.get("dates")).get("note");
        int count = RealCourseText.leadingNumber(note);
        Period each = span(note);
        if (!text(note).contains("cohort") || count < 2 || each == null) {
            return List.of();
        }
        List<String> numbers = new ArrayList<>();
        Matcher named = COHORT_NUMBER.matcher(text(report.get("title_zh")));
        while (named.find()) {
            numbers.add("第" + named.group(1) + "期");
        }
        List<Cohort> cohorts = new ArrayList<>();
        LocalDate from = start;
        for (int n = 0; n < count; n++) {
            String zh = numbers.size() == count ? numbers.get(n) : "第" + (n + 1) + "期";
            cohorts.add(new Cohort(
                    new LocalizedText(zh, "Cohort " + (n + 1)),
                    from,
                    from.plus(each).minusDays(1)));
            from = from.plus(each);
        }
        return cohorts;
    }

    static LocalDate dayOf(Object value, int year) {
        if (isoDate(value)) {
            return LocalDate.parse(text(value));
        }
        LocalDate named = day(value, year);
        return named == null ? null : RealCourseText.before(value) ? named.minusDays(1) : named;
    }
}
