package org.cadretraining.credit;

import java.util.List;
import javax.sql.DataSource;
import org.cadretraining.report.statistics.StatisticsBenchmarkAccess;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The compliance benchmark's data made ready as the application keeps it: generated ({@link ComplianceBenchmarkData}),
 * then every kept row the load wrote around (the standing, the units' totals, days and months, the cadres' days, the
 * places' facts, the past years) counted again, each step timed and printed.
 */
final class ComplianceBenchmarkSetup {

    private ComplianceBenchmarkSetup() {}

    static void prepare(ConfigurableApplicationContext context, int cadres, int entriesPerCadre, int year)
            throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        ComplianceBenchmarkData.generate(dataSource, cadres, entriesPerCadre, year);
        long rebuilding = System.nanoTime();
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                .executeWithoutResult(
                        status -> context.getBean(CreditStanding.class).rebuild());
        jdbc.sql("vacuum analyze credit_standing").update();
        System.out.printf(
                "  standing of every cadre rebuilt from the yearly totals (as when the year turns): %.1f s%n",
                (System.nanoTime() - rebuilding) / 1e9);
        // the part of the rebuild that sums the units' yearly totals again (issue 15), on its own
        long recounting = System.nanoTime();
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                .executeWithoutResult(status -> context.getBean(UnitYears.class).recount());
        System.out.printf(
                "  of which the units' yearly totals, summed again on their own: %.1f s%n",
                (System.nanoTime() - recounting) / 1e9);
        jdbc.sql("vacuum analyze credit_unit_year").update();
        // the load wrote around the ledger: the rebuild above found no cadre's days kept, and summed them all
        for (String table : List.of("credit_unit_day", "credit_unit_month", "credit_cadre_days")) {
            jdbc.sql("vacuum analyze " + table).update();
        }
        // the load wrote without triggers, so no place was marked: every place is counted once (issue 15)
        long placing = System.nanoTime();
        StatisticsBenchmarkAccess.rebuildPlaces(context);
        jdbc.sql("vacuum analyze report_place").update();
        System.out.printf(
                "  trainee places' facts kept for the statistics, counted again: %.1f s%n",
                (System.nanoTime() - placing) / 1e9);
        jdbc.sql("vacuum analyze credit_unit_compliance").update();
        // the load wrote without marks: the kept past years are judged once, as after a change of rules
        long judgingPast = System.nanoTime();
        PastJudgementsAccess.rebuild(context);
        jdbc.sql("vacuum analyze credit_past_unit").update();
        jdbc.sql("vacuum analyze credit_past_standing").update();
        System.out.printf(
                "  the five past years kept, each cadre judged as of each: %.1f s%n",
                (System.nanoTime() - judgingPast) / 1e9);
    }
}
