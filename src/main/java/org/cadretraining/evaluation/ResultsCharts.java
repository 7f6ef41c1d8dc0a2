package org.cadretraining.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cadretraining.shared.Chart;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The charts of the results pages, labelled in the reader's language: a bar chart of a question's distribution
 * (scale levels or options), the course's profile as a radar of its scale questions' means, and a line of means over
 * the years. Pages get them keyed as their fragments name them: {@code profile}, {@code course-<position>},
 * {@code item-<item id>-<position>}.
 */
@Component
class ResultsCharts {

    private final MessageSource messages;

    ResultsCharts(MessageSource messages) {
        this.messages = messages;
    }

    /** Every chart of the results page as JSON for {@code data-chart}, by key. */
    Map<String, String> of(CourseResults results, Locale locale) {
        Map<String, String> charts = new HashMap<>();
        if (!results.profile().isEmpty()) {
            charts.put("profile", profile(results, locale));
        }
        results.courseQuestions().forEach(r -> charts.put(key(null, r), distribution(r, locale)));
        results.items().forEach(item -> item.questions()
                .forEach(r -> charts.put(key(item.item().item().id(), r), distribution(r, locale))));
        return charts;
    }

    /** What each count stands for, per question, by the same keys. */
    Map<String, List<String>> labels(CourseResults results, Locale locale) {
        Map<String, List<String>> labels = new HashMap<>();
        results.courseQuestions().forEach(r -> labels.put(key(null, r), answerLabels(r.question(), locale)));
        results.items().forEach(item -> item.questions()
                .forEach(r -> labels.put(key(item.item().item().id(), r), answerLabels(r.question(), locale))));
        return labels;
    }

    static String key(Long itemId, QuestionResult result) {
        return itemId == null
                ? "course-" + result.question().position()
                : "item-" + itemId + "-" + result.question().position();
    }

    /** The distribution of a scale or choice question as JSON for {@code data-chart}. */
    public String distribution(QuestionResult result, Locale locale) {
        return Chart.bar(
                        null,
                        answerLabels(result.question(), locale),
                        new Chart.Series(message("evaluation.results.count", locale), result.counts()))
                .json();
    }

    /** The mean of each of the course's scale questions, on axes from 0 to 5 (a radar from three questions on). */
    public String profile(CourseResults results, Locale locale) {
        List<String> axes = new ArrayList<>();
        List<BigDecimal> means = new ArrayList<>();
        for (QuestionResult result : results.profile()) {
            axes.add(result.question().text().in(locale));
            means.add(result.mean());
        }
        Chart.Series series = new Chart.Series(message("evaluation.results.meanSeries", locale), means);
        // a radar needs three axes to enclose anything: fewer questions are shown as bars
        return (axes.size() < 3
                        ? Chart.bar(null, axes, QuestionKind.HIGHEST, series)
                        : Chart.radar(null, axes, QuestionKind.HIGHEST, series))
                .json();
    }

    /** A mean per year, on a scale from 1 to 5. */
    public String trend(List<String> years, List<BigDecimal> means, Locale locale) {
        return Chart.line(
                        null,
                        years,
                        QuestionKind.LOWEST,
                        QuestionKind.HIGHEST,
                        new Chart.Series(message("evaluation.results.meanSeries", locale), means))
                .json();
    }

    /** What each count of a question's distribution stands for: a scale's levels or the options. */
    List<String> answerLabels(Question question, Locale locale) {
        List<String> labels = new ArrayList<>();
        if (question.kind() == QuestionKind.SATISFACTION) {
            for (int level = QuestionKind.LOWEST; level <= QuestionKind.HIGHEST; level++) {
                labels.add(message("evaluation.level." + level, locale));
            }
        } else if (question.kind() == QuestionKind.RATING) {
            for (int level = QuestionKind.LOWEST; level <= QuestionKind.HIGHEST; level++) {
                labels.add(messages.getMessage("evaluation.results.score", new Object[] {level}, locale));
            }
        } else {
            question.options().forEach(option -> labels.add(option.in(locale)));
        }
        return labels;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
