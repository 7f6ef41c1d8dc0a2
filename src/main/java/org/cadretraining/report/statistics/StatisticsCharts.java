package org.cadretraining.report.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cadretraining.report.statistics.Figures.Group;
import org.cadretraining.report.statistics.Figures.TierCompliance;
import org.cadretraining.shared.Chart;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The statistics page's charts, in the reader's language, each bar leading to the rows it stands for. */
@Component
class StatisticsCharts {

    private final MessageSource messages;

    StatisticsCharts(MessageSource messages) {
        this.messages = messages;
    }

    List<LinkedChart> of(Figures now, Figures before, DrillLinks links, Locale locale) {
        return List.of(
                yearOnYear(now, before, links, locale),
                compliance(now, links, locale),
                hoursByRank(now, links, locale),
                placesByForm(now, links, locale));
    }

    /** The chosen period beside the same days a year earlier: courses, trainee places, cadres trained. */
    private LinkedChart yearOnYear(Figures now, Figures before, DrillLinks links, Locale locale) {
        List<String> categories = List.of(
                text("report.statistics.courses", locale),
                text("report.statistics.places", locale),
                text("report.statistics.trained", locale));
        Chart chart = new Chart(
                "bar",
                text("report.statistics.chart.trend", locale),
                categories,
                List.of(
                        new Chart.Series(before.period().label(), counts(before)),
                        new Chart.Series(now.period().label(), counts(now))),
                null,
                null);
        return new LinkedChart("trend", chart, List.of(links.courses(), links.courses(), links.trained()));
    }

    private static List<Long> counts(Figures figures) {
        return List.of(
                figures.courses().courses(),
                figures.courses().places(),
                figures.cadres().trained());
    }

    private LinkedChart compliance(Figures now, DrillLinks links, Locale locale) {
        List<String> categories = new ArrayList<>();
        List<Integer> rates = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (TierCompliance tier : now.compliance()) {
            for (String requirement : List.of("FULL_TIME", "ONLINE")) {
                categories.add(text("report.chart." + tier.tier() + "." + requirement, locale));
                rates.add("FULL_TIME".equals(requirement) ? tier.fullTimePercent() : tier.onlinePercent());
                targets.add(links.requirement(tier.tier(), requirement, true));
            }
        }
        Chart chart = Chart.bar(
                text("report.statistics.chart.compliance", locale),
                categories,
                100,
                new Chart.Series(text("report.rates.series", locale), rates));
        return new LinkedChart("compliance", chart, targets);
    }

    private LinkedChart hoursByRank(Figures now, DrillLinks links, Locale locale) {
        List<Group<CadreTotals>> ranks = now.byRank();
        Chart chart = Chart.bar(
                text("report.statistics.chart.hoursByRank", locale),
                ranks.stream().map(g -> rankName(g, locale)).toList(),
                new Chart.Series(
                        text("report.statistics.hoursPerCadre", locale),
                        ranks.stream().map(g -> g.totals().hoursPerCadre()).toList()));
        return new LinkedChart(
                "ranks", chart, ranks.stream().map(g -> links.rank(g.key())).toList());
    }

    private LinkedChart placesByForm(Figures now, DrillLinks links, Locale locale) {
        List<Group<CourseTotals>> forms = now.byForm();
        Chart chart = Chart.bar(
                text("report.statistics.chart.placesByForm", locale),
                forms.stream()
                        .map(g -> text("report.statistics.form." + g.key(), locale))
                        .toList(),
                new Chart.Series(
                        text("report.statistics.places", locale),
                        forms.stream().map(g -> g.totals().places()).toList()));
        return new LinkedChart(
                "forms", chart, forms.stream().map(g -> links.form(g.key())).toList());
    }

    String rankName(Group<CadreTotals> group, Locale locale) {
        return group.label() == null
                ? text("report.statistics.rank.NONE", locale)
                : group.label().in(locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
