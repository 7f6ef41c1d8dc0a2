package org.cadretraining.report.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.cadretraining.report.statistics.AnnualReport.CourseLine;
import org.cadretraining.report.statistics.AnnualReport.Outside;
import org.cadretraining.report.statistics.AnnualReport.RankLine;
import org.cadretraining.report.statistics.Figures.Group;
import org.cadretraining.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the annual report from the year's figures: every rank level the rank list defines appears, with zeros
 * where the subtree has no cadre of it, so the layout is the same each year and for each unit.
 */
@Component
class AnnualReports {

    private final StatisticsFigures figures;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    AnnualReports(StatisticsFigures figures, JdbcClient jdbc, MessageSource messages) {
        this.figures = figures;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    AnnualReport of(String path, int year, Locale locale) {
        Figures figuresOfYear = figures.of(path, Period.ofYear(year));
        Map<String, CadreTotals> byRank =
                figuresOfYear.byRank().stream().collect(Collectors.toMap(Group::key, Group::totals));
        List<RankLine> ranks = new ArrayList<>();
        jdbc.sql("select code, name_zh, name_en, active from cadre_rank order by sort_order, code")
                .query(rs -> {
                    String code = rs.getString("code");
                    CadreTotals totals = byRank.get(code);
                    if (totals != null || rs.getBoolean("active")) {
                        ranks.add(RankLine.of(
                                code,
                                new LocalizedText(rs.getString("name_zh"), rs.getString("name_en")),
                                totals == null ? CadreTotals.NONE : totals));
                    }
                });
        if (byRank.containsKey("NONE")) {
            ranks.add(RankLine.of("NONE", text("report.statistics.rank.NONE"), byRank.get("NONE")));
        }
        CadreTotals all = figuresOfYear.cadres();
        return new AnnualReport(
                year,
                path.isEmpty() ? null : unitName(rootOf(path)),
                ranks,
                RankLine.of("TOTAL", text("report.annual.total"), all),
                lines(figuresOfYear.byForm(), CourseFilter.FORMS),
                lines(figuresOfYear.byType(), CourseFilter.TYPES),
                CourseLine.of("TOTAL", figuresOfYear.courses()),
                new Outside(
                        all.externalCadres(),
                        all.external(),
                        all.onlineLearningCadres(),
                        all.onlineLearning(),
                        all.online()),
                Sheets.RULES.stream()
                        .map(rule -> messages.getMessage(rule, new Object[] {year}, locale))
                        .toList());
    }

    /** Every form or type in its fixed order, zeros where no course of it was held. */
    private static List<CourseLine> lines(List<Group<CourseTotals>> groups, List<String> order) {
        Map<String, CourseTotals> byKey = groups.stream().collect(Collectors.toMap(Group::key, Group::totals));
        return order.stream()
                .map(key -> CourseLine.of(key, byKey.getOrDefault(key, CourseTotals.NONE)))
                .toList();
    }

    /** The subtree's root: the last unit of its path ('/1/5/9/' is unit 9's subtree). */
    private static long rootOf(String path) {
        String[] ids = path.split("/");
        return Long.parseLong(ids[ids.length - 1]);
    }

    private LocalizedText unitName(long unitId) {
        return jdbc.sql("select name_zh, name_en from unit where id = :id")
                .param("id", unitId)
                .query((rs, n) -> new LocalizedText(rs.getString("name_zh"), rs.getString("name_en")))
                .single();
    }

    /** A bundle text in both languages, for lines that the JSON form carries bilingually. */
    private LocalizedText text(String key) {
        return new LocalizedText(
                messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE),
                messages.getMessage(key, null, Locale.ENGLISH));
    }
}
