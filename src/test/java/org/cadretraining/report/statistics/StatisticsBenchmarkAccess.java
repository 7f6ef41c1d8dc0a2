package org.cadretraining.report.statistics;

import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the compliance benchmark times of the statistics, through the same package-private services the pages call:
 * a year's figures of a subtree and the annual report. Lives beside them because they are not public.
 */
public final class StatisticsBenchmarkAccess {

    private StatisticsBenchmarkAccess() {}

    /** Counts every trainee place's facts again, as after a load written without triggers. */
    public static void rebuildPlaces(ApplicationContext context) {
        context.getBean(KeptPlaces.class).rebuild();
    }

    /** The cadres the year's figures of the subtree count (the page's figures, all of them computed). */
    public static long yearFigures(ApplicationContext context, String path, int year) {
        return context.getBean(StatisticsFigures.class)
                .of(path, Period.ofYear(year))
                .cadres()
                .cadres();
    }

    /** The cadres meeting every requirement in the annual report of the subtree for the year. */
    public static long annualReport(ApplicationContext context, String path, int year) {
        return context.getBean(AnnualReports.class)
                .of(path, year, Locale.SIMPLIFIED_CHINESE)
                .total()
                .cadres();
    }

    /** The figures of a range of days (both included) of the subtree, as the page computes them. */
    public static long rangeFigures(
            ApplicationContext context, String path, java.time.LocalDate from, java.time.LocalDate to) {
        return context.getBean(StatisticsFigures.class)
                .of(path, new Period(from, to))
                .cadres()
                .cadres();
    }

    /** The same figures counted cadre by cadre, as before issue 15's per-unit totals. */
    public static long yearFiguresCadreByCadre(ApplicationContext context, String path, int year) {
        return context.getBean(StatisticsFigures.class)
                .cadreByCadre(path, Period.ofYear(year))
                .cadres()
                .cadres();
    }

    /** The same figures from the units' kept totals, whatever the scope's size. */
    public static long yearFiguresFromUnitTotals(ApplicationContext context, String path, int year) {
        return context.getBean(StatisticsFigures.class)
                .fromUnitTotals(path, Period.ofYear(year))
                .cadres()
                .cadres();
    }

    /** How PostgreSQL runs a range's cadre figures of the subtree from the kept counts, run and measured. */
    public static List<String> explainRange(
            ApplicationContext context, String path, java.time.LocalDate from, java.time.LocalDate to) {
        return explainKept(context, path, new Period(from, to));
    }

    /** How PostgreSQL runs the year's cadre figures of the subtree from the units' totals, run and measured. */
    public static List<String> explainYearFigures(ApplicationContext context, String path, int year) {
        return explainKept(context, path, Period.ofYear(year));
    }

    private static List<String> explainKept(ApplicationContext context, String path, Period period) {
        StatisticsFacts.Query query =
                context.getBean(StatisticsFacts.class).kept(path, period).orElseThrow();
        return context.getBean(JdbcClient.class)
                .sql("explain (analyze, buffers) "
                        + StatisticsFigures.cadreSql(query, "cadre_groups", CadreTotals.GROUP_SUMS))
                .params(query.params())
                .query(String.class)
                .list();
    }

    /**
     * The statements of the year's figures of the subtree, each with its parameters and how PostgreSQL ran it: the
     * cadre figures (from the units' totals when {@code kept}, else cadre by cadre) and the course figures.
     */
    public static List<String> explainAll(ApplicationContext context, String path, int year, boolean kept) {
        StatisticsFacts facts = context.getBean(StatisticsFacts.class);
        StatisticsFacts.Query query =
                kept ? facts.kept(path, Period.ofYear(year)).orElseThrow() : facts.of(path, Period.ofYear(year));
        String cadres = StatisticsFigures.cadreSql(
                query, kept ? "cadre_groups" : "cadre_facts", kept ? CadreTotals.GROUP_SUMS : CadreTotals.SUMS);
        String courses = query.sql() + "select count(*) from course_facts";
        List<String> lines = new java.util.ArrayList<>();
        lines.add("parameters: " + query.params());
        for (String statement : List.of(cadres, courses)) {
            lines.add("statement:");
            lines.add(statement);
            lines.addAll(context.getBean(JdbcClient.class)
                    .sql("explain (analyze, buffers) " + statement)
                    .params(query.params())
                    .query(String.class)
                    .list());
        }
        return lines;
    }
}
