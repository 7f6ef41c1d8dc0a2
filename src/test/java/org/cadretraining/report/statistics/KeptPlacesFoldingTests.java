package org.cadretraining.report.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.credit.CreditLedger;
import org.cadretraining.organisation.OrganisationDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reader is exact while marks wait to be folded. Writers and folders at once lose nothing: every write's mark is either folded after the write or left for the
 * next fold, and two folders never count the same places twice. The whole tree's cadre figures no longer look up a
 * yearly total per place.
 */
@AccountWebTest
class KeptPlacesFoldingTests {

    @Autowired
    KeptPlaces places;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    CreditLedger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationContext context;

    @Autowired
    StatisticsFigures statistics;

    @Autowired
    DataSource dataSource;

    @Test
    void marksLeftUnfoldedStillGiveExactFigures() {
        StatisticsWorld world =
                new StatisticsWorld(directory, jdbc, ledger, Year.now(clock).getValue());
        places.fold();
        Period period = Period.ofYear(Year.now(clock).getValue());
        String university = KeptPlacesProbe.path(jdbc, world.university);
        long before = statistics.of(university, period).cadres().places();
        jdbc.sql("update enrolment set status = 'WITHDRAWN' where course_id = ? and cadre_id = ?")
                .params(world.branchCourse, world.chenGuanghua)
                .update();
        // another node folding: this reader leaves the marks to it and counts the marked places live
        KeptPlacesProbe.whileFolderHoldsTheLock(dataSource, () -> {
            assertThat(statistics.fromUnitTotals(university, period).cadres().places())
                    .isEqualTo(before - 1);
            assertThat(statistics.cadreByCadre(university, period).cadres().places())
                    .isEqualTo(before - 1);
            assertThat(jdbc.sql("select count(*) from report_place_stale where cadre_id = ?")
                            .param(world.chenGuanghua)
                            .query(Long.class)
                            .single())
                    .isPositive();
        });
        assertThat(KeptPlacesProbe.kept(jdbc, world)).isNotEqualTo(KeptPlacesProbe.live(jdbc, world));
        places.fold();
        assertThat(KeptPlacesProbe.kept(jdbc, world)).isEqualTo(KeptPlacesProbe.live(jdbc, world));
    }

    @Test
    void twoWritersAndTwoFoldersLoseNothing() throws Exception {
        StatisticsWorld world =
                new StatisticsWorld(directory, jdbc, ledger, Year.now(clock).getValue());
        places.fold();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Future<?>> writers = new ArrayList<>();
        List<Future<?>> folders = new ArrayList<>();
        try {
            for (List<Long> cadres :
                    List.of(List.of(world.pengRong, world.liuZifu), List.of(world.chenGuanghua, world.liFang))) {
                // 199 times each: these cadres' places in the branch course end withdrawn, the outsider's stays; the
                // second writer also moves the course's end (its course marked, while the first marks cadres)
                boolean movesTheCourse = cadres.contains(world.liFang);
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 199; i++) {
                        for (long cadre : cadres) {
                            // a place withdrawn from the course (李芳's) is given up first, then taken back
                            jdbc.sql("update enrolment set status = case status when 'WITHDRAWN' then 'APPROVED'"
                                            + " else 'WITHDRAWN' end where course_id = ? and cadre_id = ?")
                                    .params(world.branchCourse, cadre)
                                    .update();
                        }
                        if (movesTheCourse) {
                            jdbc.sql("update course set ends_on = ends_on + 1 where id = ?")
                                    .param(world.branchCourse)
                                    .update();
                        }
                    }
                }));
            }
            for (int folder = 0; folder < 2; folder++) {
                folders.add(pool.submit(() -> {
                    while (writing.get()) {
                        places.fold();
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            writing.set(false);
            pool.shutdown();
        }
        for (Future<?> folder : folders) {
            folder.get(60, TimeUnit.SECONDS);
        }
        places.fold();
        List<Map<String, Object>> kept = KeptPlacesProbe.kept(jdbc, world);
        assertThat(kept).hasSize(3).isEqualTo(KeptPlacesProbe.live(jdbc, world));
        // the outsider's place in the branch course, 199 days longer
        assertThat(kept.getFirst()).containsEntry("days", 204);
    }

    @Test
    void theWholeTreesCadreFiguresLookUpNoYearlyTotalPerPlace() {
        places.fold();
        List<String> plan = StatisticsBenchmarkAccess.explainYearFigures(
                context, "", Year.now(clock).getValue());
        assertThat(plan).anyMatch(line -> line.contains("report_place"));
        // the live count of the marked places may look them up, but with nothing marked it never runs
        assertThat(plan)
                .filteredOn(line -> line.contains("credit_year_total"))
                .allMatch(line -> line.contains("never executed"));
    }
}
