package org.cadretraining.news;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A course's dates as a news report writes them: "from March 17 to 19" / "3月17日至19日". The year is left out, as
 * the release time gives it, unless the course runs from one year into the next.
 */
final class CourseDates {

    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);
    private static final DateTimeFormatter EN_FULL = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private CourseDates() {}

    static String of(LocalDate from, LocalDate to, Language language) {
        return language == Language.en ? english(from, to) : chinese(from, to);
    }

    private static String english(LocalDate from, LocalDate to) {
        if (to == null || to.equals(from)) {
            return "on " + EN_DAY.format(from);
        }
        if (from.getYear() != to.getYear()) {
            return "from " + EN_FULL.format(from) + " to " + EN_FULL.format(to);
        }
        if (from.getMonth() == to.getMonth()) {
            return "from " + EN_DAY.format(from) + " to " + to.getDayOfMonth();
        }
        return "from " + EN_DAY.format(from) + " to " + EN_DAY.format(to);
    }

    private static String chinese(LocalDate from, LocalDate to) {
        String start = from.getMonthValue() + "月" + from.getDayOfMonth() + "日";
        if (to == null || to.equals(from)) {
            return start;
        }
        if (from.getYear() != to.getYear()) {
            return from.getYear() + "年" + start + "至" + to.getYear() + "年" + to.getMonthValue() + "月"
                    + to.getDayOfMonth() + "日";
        }
        if (from.getMonth() == to.getMonth()) {
            return start + "至" + to.getDayOfMonth() + "日";
        }
        return start + "至" + to.getMonthValue() + "月" + to.getDayOfMonth() + "日";
    }
}
