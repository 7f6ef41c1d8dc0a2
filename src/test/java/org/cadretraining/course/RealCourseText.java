package org.cadretraining.course;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadretraining.shared.LocalizedText;

/**
 * How the texts of {@code real-courses.yaml} are read: a name and the remark the file adds after it in brackets, the
 * days and spans its sentences give ("shortly before 2017-09-05", "about three months later", "07-21"), and which
 * half of a bilingual text a text is. Pure functions, shared by the entering and the reading back.
 */
public final class RealCourseText {

    static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d-])(\\d{2})-(\\d{2})(?![\\d-])");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Pattern REMARK = Pattern.compile("^(.*?\\S)\\s*\\(([^()]*)\\)$");
    private static final Pattern SPAN = Pattern.compile(
            "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\\s-]+(day|week|month)s?");
    private static final List<String> NUMBER_WORDS = List.of(
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");

    private RealCourseText() {}

    public static String text(Object value) {
        return value == null ? "" : String.valueOf(value).strip();
    }

    public static boolean han(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Text with Chinese in it is the Chinese half; other text stands in both (the Chinese half is never empty). */
    public static LocalizedText localized(String text) {
        return han(text) ? new LocalizedText(text, "") : new LocalizedText(text, text);
    }

    /** A name without the remark the file adds in brackets at its end ("湖南工商大学 (local viewing site)"). */
    public static String plain(String name) {
        Matcher remarked = REMARK.matcher(name.strip());
        return remarked.matches() ? remarked.group(1).strip() : name.strip();
    }

    /** Whether the file adds a remark in brackets to the name, which is no part of the name. */
    public static boolean remarked(String name) {
        return !plain(name).equals(name.strip());
    }

    /** A text as a place is compared with another: lower case, no article, no spaces or punctuation. */
    static String comparable(String text) {
        return plain(text).toLowerCase(Locale.ROOT).replaceFirst("^the ", "").replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The year a text gives (the first four-digit number), or null. */
    static Integer year(Object value) {
        Matcher year = YEAR.matcher(text(value));
        return year.find() ? Integer.valueOf(year.group(1)) : null;
    }

    /** Whether the text is exactly a date, nothing added. */
    static boolean isoDate(Object value) {
        return ISO_DATE.matcher(text(value)).matches();
    }

    /** The day a text names: its first full date, or a month and day ("07-21") in the given year; null if none. */
    static LocalDate day(Object value, int year) {
        String text = text(value);
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.find()) {
            return LocalDate.parse(iso.group());
        }
        Matcher monthDay = MONTH_DAY.matcher(text);
        return monthDay.find()
                ? LocalDate.of(year, Integer.parseInt(monthDay.group(1)), Integer.parseInt(monthDay.group(2)))
                : null;
    }

    /** Whether the text places something before the day it names ("before 07-21", "shortly before 2017-09-05"). */
    static boolean before(Object value) {
        return text(value).contains("before");
    }

    /** A span a text gives ("more than two months", "about three months later", "3-day"), or null. */
    static Period span(Object value) {
        Matcher span = SPAN.matcher(text(value).toLowerCase(Locale.ROOT));
        if (!span.find()) {
            return null;
        }
        int count = number(span.group(1));
        return switch (span.group(2)) {
            case "day" -> Period.ofDays(count);
            case "week" -> Period.ofWeeks(count);
            default -> Period.ofMonths(count);
        };
    }

    /** The count a text begins with ("two 3-day cohorts" is 2), or 0. */
    static int leadingNumber(Object value) {
        String first = text(value).split("\\s+")[0].toLowerCase(Locale.ROOT);
        return first.matches("\\d+|" + String.join("|", NUMBER_WORDS)) ? number(first) : 0;
    }

    private static int number(String word) {
        return word.matches("\\d+") ? Integer.parseInt(word) : NUMBER_WORDS.indexOf(word);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }
}
