package org.cadretraining.organisation.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The problems found in each job's file, in the database: logged as they are found, read a page at a time or all. */
@Repository
class ImportProblems {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate reading;

    ImportProblems(JdbcClient jdbc, JdbcTemplate batches, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    ProblemLog problemLog(long jobId) {
        return new ProblemLog(batches, jobId);
    }

    List<ImportProblem> problems(long jobId, int page, int size) {
        return jdbc.sql("""
                        select row_number, column_name, message_key, arguments from import_error
                         where job_id = ? order by row_number, id limit ? offset ?
                        """)
                .params(jobId, size, (long) page * size)
                .query(ImportProblems::problem)
                .list();
    }

    /**
     * Every problem of a job in row order, streamed so that a long report needs no memory (PostgreSQL only fetches
     * in portions inside a transaction).
     */
    void eachProblem(long jobId, Consumer<ImportProblem> action) {
        reading.executeWithoutResult(status -> batches.query(
                connection -> {
                    var statement = connection.prepareStatement(
                            "select row_number, column_name, message_key, arguments from import_error"
                                    + " where job_id = ? order by row_number, id");
                    statement.setLong(1, jobId);
                    statement.setFetchSize(1000);
                    return statement;
                },
                rs -> {
                    action.accept(problem(rs, 0));
                }));
    }

    private static ImportProblem problem(ResultSet rs, int n) throws SQLException {
        return ImportProblem.of(
                rs.getInt("row_number"),
                rs.getString("column_name"),
                rs.getString("message_key"),
                rs.getString("arguments"));
    }
}
