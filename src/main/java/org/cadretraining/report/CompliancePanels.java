package org.cadretraining.report;

import java.util.List;
import java.util.Locale;
import org.cadretraining.credit.ComplianceFigures;
import org.cadretraining.credit.ComplianceFigures.RequirementRate;
import org.cadretraining.credit.ComplianceFigures.UnitRate;
import org.cadretraining.shared.Chart;
import org.cadretraining.shared.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * How the person's scope stands against the requirements: the rate of each requirement (the institution for an
 * organiser), and for a liaison the cadres below a requirement and the rate of each unit of their subtree.
 */
@Component
class CompliancePanels {

    private final ComplianceFigures figures;
    private final MessageSource messages;

    CompliancePanels(ComplianceFigures figures, MessageSource messages) {
        this.figures = figures;
        this.messages = messages;
    }

    Panel rates(CurrentUser user, Locale locale) {
        List<RequirementRate> rates = figures.rates(user);
        List<PanelRow> rows = rates.stream()
                .map(r -> PanelRow.of(
                                null,
                                "report.rates.row",
                                "/credit/compliance?category=" + r.category(),
                                requirement(r),
                                r.met(),
                                r.cadres(),
                                r.percent())
                        .withPercent(r.percent()))
                .toList();
        Chart chart = Chart.bar(
                text("report.rates.chart", locale),
                rates.stream()
                        .map(r -> text("report.chart." + r.tier() + "." + r.category(), locale))
                        .toList(),
                100,
                new Chart.Series(
                        text("report.rates.series", locale),
                        rates.stream().map(RequirementRate::percent).toList()));
        return Panel.of("rates", "bi-speedometer2", "/credit/compliance", rows)
                .counting(figures.belowAnyRequirement(user))
                .withChart(chart);
    }

    /** A liaison's subtree: the cadres below a requirement (the compliance page's count) and each unit's rate. */
    Panel subtree(CurrentUser user, Locale locale) {
        List<UnitRate> units = figures.unitsBelow(user);
        long below = figures.belowAnyRequirement(user);
        List<PanelRow> rows = units.stream()
                .map(u -> PanelRow.of(
                                u.unit(),
                                "report.subtree.row",
                                "/credit/compliance?unitId=" + u.unitId(),
                                u.meetingAll(),
                                u.cadres(),
                                u.percent())
                        .withPercent(u.percent()))
                .toList();
        Chart chart = Chart.bar(
                text("report.subtree.chart", locale),
                units.stream().map(u -> u.unit().in(locale)).toList(),
                100,
                new Chart.Series(
                        text("report.rates.series", locale),
                        units.stream().map(UnitRate::percent).toList()));
        return Panel.of("subtree", "bi-diagram-3", "/credit/compliance", rows)
                .counting(below)
                .withChart(chart);
    }

    private static DefaultMessageSourceResolvable requirement(RequirementRate rate) {
        return new DefaultMessageSourceResolvable(
                new String[] {"report.requirement." + rate.tier() + "." + rate.category()},
                new Object[] {rate.hours().toString()});
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
