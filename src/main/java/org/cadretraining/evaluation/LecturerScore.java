package org.cadretraining.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseCatalog.LecturerName;

/**
 * A lecturer's scores across courses and years: each evaluated item they taught with its number of responses and,
 * where that reached the threshold, the mean of its scale questions; per year and overall, the mean over the items
 * shown only. An item below the threshold gives its count and nothing else, and adds nothing to the means.
 */
record LecturerScore(LecturerName lecturer, List<Item> items) {

    /** An evaluated item the lecturer taught; {@code ratings} and {@code ratingSum} are zero unless it is shown. */
    record Item(CourseSummary course, AgendaEntry item, long responses, boolean shown, long ratings, long ratingSum) {

        Item {
            ratings = shown ? ratings : 0;
            ratingSum = shown ? ratingSum : 0;
        }

        public BigDecimal mean() {
            return LecturerScore.mean(ratingSum, ratings);
        }

        public int year() {
            return course.startsOn().getYear();
        }
    }

    /** The items shown of one year: their responses and their mean. */
    record Year(int year, long answers, BigDecimal mean) {}

    LecturerScore {
        items = List.copyOf(items);
    }

    /** Responses counted over the items shown. */
    public long answers() {
        return items.stream().filter(Item::shown).mapToLong(Item::responses).sum();
    }

    public BigDecimal mean() {
        return mean(
                items.stream().mapToLong(Item::ratingSum).sum(),
                items.stream().mapToLong(Item::ratings).sum());
    }

    /** The years with an item shown, earliest first: the trend. */
    public List<Year> years() {
        TreeMap<Integer, List<Item>> byYear = new TreeMap<>();
        items.stream().filter(Item::shown).forEach(i -> byYear.computeIfAbsent(i.year(), y -> new ArrayList<>())
                .add(i));
        List<Year> years = new ArrayList<>();
        byYear.forEach((year, shown) -> years.add(new Year(
                year,
                shown.stream().mapToLong(Item::responses).sum(),
                mean(
                        shown.stream().mapToLong(Item::ratingSum).sum(),
                        shown.stream().mapToLong(Item::ratings).sum()))));
        return years;
    }

    /** How the latest year's mean compares with the year before: 1 higher, -1 lower, 0 the same or no earlier year. */
    public int trend() {
        List<Year> years = years();
        if (years.size() < 2) {
            return 0;
        }
        return Integer.signum(
                years.getLast().mean().compareTo(years.get(years.size() - 2).mean()));
    }

    private static BigDecimal mean(long sum, long count) {
        return QuestionResult.mean(sum, count);
    }
}
