package org.cadretraining.report.statistics;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps one row per trainee place ({@code report_place}) equal to what {@link PlaceFacts#LIVE} counts: the places
 * of the courses and cadres the other modules' writes marked are counted again and their marks removed, in one
 * transaction (the migration marked every course, so the first fold fills every row). Readers stay exact without
 * it ({@link PlaceFacts#READ} counts the marked places live): folding only keeps that live part small.
 */
@Component
class KeptPlaces {

    /** One folder at a time, across nodes (a two-key advisory lock, apart from the one-key locks others take). */
    private static final String LOCK = "hashtext('report'), hashtext('report_place')";

    private final JdbcClient jdbc;
    private final TransactionTemplate separate;

    KeptPlaces(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // each statement sees what was committed before it: the marks taken, then the places counted after them
        this.separate.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /**
     * Whether the caller's snapshot may hold marks: then they are folded for the next readers, in a transaction of
     * its own, and this reader counts the marked places live. Read in a repeatable-read caller's transaction (its
     * snapshot from here on): with no mark there, the kept rows alone are exact for the whole transaction. Another
     * caller's statements each see a snapshot of their own, so marks are always looked for.
     */
    boolean marked() {
        Integer isolation = TransactionSynchronizationManager.getCurrentTransactionIsolationLevel();
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || isolation == null
                || isolation < Connection.TRANSACTION_REPEATABLE_READ) {
            fold();
            return true;
        }
        boolean marked = jdbc.sql("select exists (select 1 from report_place_stale)")
                .query(Boolean.class)
                .single();
        if (marked) {
            fold();
        }
        return marked;
    }

    /**
     * Folds the marks in a transaction of its own, never in a reader's: a reader whose snapshot is taken already
     * goes on counting them live, the readers after it find them folded. When another node is folding, this one
     * leaves the marks to it rather than wait.
     */
    void fold() {
        separate.executeWithoutResult(status -> {
            if (jdbc.sql("select exists (select 1 from report_place_stale)")
                            .query(Boolean.class)
                            .single()
                    && jdbc.sql("select pg_try_advisory_xact_lock(" + LOCK + ")")
                            .query(Boolean.class)
                            .single()) {
                foldMarks();
            }
        });
    }

    /** Counts every place again (after a load that wrote without triggers), waiting for any folder first. */
    void rebuild() {
        separate.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(" + LOCK + ")").query().listOfRows();
            fillAll();
        });
    }

    private void fillAll() {
        // the marks go first: a write committed after this statement is counted below, or marked again
        jdbc.sql("delete from report_place_stale").update();
        jdbc.sql("delete from report_place").update();
        jdbc.sql("insert into report_place (" + PlaceFacts.COLUMNS + ") " + PlaceFacts.LIVE.formatted("true"))
                .update();
    }

    private void foldMarks() {
        List<Map<String, Object>> marks = jdbc.sql("delete from report_place_stale returning course_id, cadre_id")
                .query()
                .listOfRows();
        Long[] courses = keys(marks, "course_id");
        Long[] cadres = keys(marks, "cadre_id");
        jdbc.sql("delete from report_place where course_id = any(:courses::bigint[])"
                        + " or cadre_id = any(:cadres::bigint[])")
                .param("courses", courses)
                .param("cadres", cadres)
                .update();
        jdbc.sql("insert into report_place (" + PlaceFacts.COLUMNS + ") "
                        + PlaceFacts.LIVE.formatted(
                                PlaceFacts.OF_KEYS.formatted(":courses::bigint[]", ":cadres::bigint[]")))
                .param("courses", courses)
                .param("cadres", cadres)
                .update();
    }

    private static Long[] keys(List<Map<String, Object>> marks, String column) {
        return marks.stream()
                .map(mark -> mark.get(column))
                .filter(Objects::nonNull)
                .map(key -> ((Number) key).longValue())
                .distinct()
                .toArray(Long[]::new);
    }
}
