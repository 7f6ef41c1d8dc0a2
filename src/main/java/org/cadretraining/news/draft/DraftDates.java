package org.cadretraining.news.draft;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as news reports write them: "2021年5月21日至25日" / "from May 21 to 25, 2021". The year is left out only when
 * the whole course lies in the year of the report; a dateline always has it.
 */
final class DraftDates {

    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);

    private DraftDates() {}

    static String chinese(LocalDate from, LocalDate to, int reportYear) {
        boolean year = from.getYear() != reportYear || to.getYear() != reportYear;
        String start = (year ? from.getYear() + "年" : "") + from.getMonthValue() + "月" + from.getDayOfMonth() + "日";
        if (to.equals(from)) {
            return start;
        }
        if (from.getYear() != to.getYear()) {
            return start + "至" + to.getYear() + "年" + to.getMonthValue() + "月" + to.getDayOfMonth() + "日";
        }
        if (from.getMonth() == to.getMonth()) {
            return start + "至" + to.getDayOfMonth() + "日";
        }
        return start + "至" + to.getMonthValue() + "月" + to.getDayOfMonth() + "日";
    }

    static String chineseDateline(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    static String english(LocalDate from, LocalDate to, int reportYear) {
        boolean year = from.getYear() != reportYear || to.getYear() != reportYear;
        String suffix = year ? ", " + to.getYear() : "";
        if (to.equals(from)) {
            return "on " + EN_DAY.format(from) + suffix;
        }
        if (from.getYear() != to.getYear()) {
            return "from " + EN_DAY.format(from) + ", " + from.getYear() + " to " + EN_DAY.format(to) + suffix;
        }
        if (from.getMonth() == to.getMonth()) {
            return "from " + EN_DAY.format(from) + " to " + to.getDayOfMonth() + suffix;
        }
        return "from " + EN_DAY.format(from) + " to " + EN_DAY.format(to) + suffix;
    }

    static String englishDateline(LocalDate day) {
        return EN_DAY.format(day) + ", " + day.getYear();
    }
}
