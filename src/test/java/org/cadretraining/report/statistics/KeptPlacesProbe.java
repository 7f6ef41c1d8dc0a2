package org.cadretraining.report.statistics;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the tests of the kept places read: a world's kept rows and live rows, in one order. */
final class KeptPlacesProbe {

    private KeptPlacesProbe() {}

    static List<Map<String, Object>> kept(JdbcClient jdbc, StatisticsWorld world) {
        return jdbc.sql("select " + PlaceFacts.COLUMNS
                        + " from report_place where course_id in (:courses) order by course_id, cadre_id")
                .param("courses", List.of(world.branchCourse, world.villageCourse))
                .query()
                .listOfRows();
    }

    static List<Map<String, Object>> live(JdbcClient jdbc, StatisticsWorld world) {
        return jdbc.sql("select " + PlaceFacts.COLUMNS + " from ("
                        + PlaceFacts.LIVE.formatted("e.course_id in (:courses)") + ") l order by course_id, cadre_id")
                .param("courses", List.of(world.branchCourse, world.villageCourse))
                .query()
                .listOfRows();
    }

    static String path(JdbcClient jdbc, long unit) {
        return jdbc.sql("select path from unit where id = ?")
                .param(unit)
                .query(String.class)
                .single();
    }

    /** Runs {@code reading} while another connection holds the folders' lock, as another node folding would. */
    static void whileFolderHoldsTheLock(DataSource dataSource, Runnable reading) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_xact_lock(hashtext('report'), hashtext('report_place'))");
                reading.run();
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
