package org.cadretraining.organisation.importing;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cadretraining.shared.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The jobs in the database (their problems are {@link ImportProblems}). State changes commit on their own, even while
 * the job's rows are being written in a long transaction, so that every node sees the progress at once.
 */
@Repository
class ImportJobs {

    private static final String COLUMNS = """
            id, kind, file_name, status, total_rows, checked_rows, written_rows, error_count, created_count,
            updated_count, unchanged_count, failure, requested_by, requester_id, requested_at, finished_at
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    ImportJobs(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** A new job, leased to this node for {@code lease} (the file's path: to delete it if the node dies). */
    long create(ImportKind kind, String fileName, Path file, CurrentUser user, Duration lease) {
        Instant now = clock.instant();
        return ownTransaction.execute(status -> jdbc.sql("""
                        insert into import_job (kind, file_name, status, requested_by, requester_id, requested_at,
                                                updated_at, file_path, lease_until)
                        values (?, ?, 'QUEUED', ?, ?, ?, ?, ?, now() + make_interval(secs => ?)) returning id
                        """)
                .params(
                        kind.name(),
                        fileName,
                        user.username(),
                        user.accountId(),
                        timestamp(now),
                        timestamp(now),
                        file.toString(),
                        (double) lease.toSeconds())
                .query(Long.class)
                .single());
    }

    void checking(long id) {
        update("status = 'CHECKING'", id);
    }

    void counted(long id, int totalRows) {
        update("total_rows = ?", id, totalRows);
    }

    void checked(long id, int rows, int errors) {
        update("checked_rows = ?, error_count = ?", id, rows, errors);
    }

    void writing(long id, int checkedRows) {
        update("status = 'WRITING', checked_rows = ?, total_rows = ?", id, checkedRows, checkedRows);
    }

    void written(long id, int rows) {
        update("written_rows = ?", id, rows);
    }

    void done(long id, int created, int updated, int unchanged) {
        update(
                "status = 'DONE', written_rows = total_rows, created_count = ?, updated_count = ?,"
                        + " unchanged_count = ?, finished_at = ?",
                id,
                created,
                updated,
                unchanged,
                timestamp(clock.instant()));
    }

    void rejected(long id, int checkedRows, int errors) {
        update(
                "status = 'REJECTED', checked_rows = ?, error_count = ?, finished_at = ?",
                id,
                checkedRows,
                errors,
                timestamp(clock.instant()));
    }

    /** A failed job wrote nothing: its rows are written in one transaction, which the failure rolled back. */
    void failed(long id, String messageKey) {
        update(
                "status = 'FAILED', failure = ?, written_rows = 0, finished_at = ?",
                id,
                messageKey,
                timestamp(clock.instant()));
    }

    Optional<ImportJob> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from import_job where id = ?")
                .param(id)
                .query(ImportJobs::job)
                .optional();
    }

    /** The latest jobs of one requester, or of everyone when {@code requesterId} is null. */
    List<ImportJob> recent(Long requesterId, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from import_job where (cast(:requester as bigint) is null or requester_id = :requester)
                        order by requested_at desc, id desc limit :limit
                        """)
                .param("requester", requesterId)
                .param("limit", limit)
                .query(ImportJobs::job)
                .list();
    }

    private void update(String assignments, long id, Object... values) {
        Object[] params = new Object[values.length + 2];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = timestamp(clock.instant());
        params[values.length + 1] = id;
        ownTransaction.executeWithoutResult(
                status -> jdbc.sql("update import_job set " + assignments + ", updated_at = ? where id = ?")
                        .params(params)
                        .update());
    }

    private static ImportJob job(ResultSet rs, int n) throws SQLException {
        return new ImportJob(
                rs.getLong("id"),
                ImportKind.valueOf(rs.getString("kind")),
                rs.getString("file_name"),
                ImportStatus.valueOf(rs.getString("status")),
                rs.getObject("total_rows", Integer.class),
                rs.getInt("checked_rows"),
                rs.getInt("written_rows"),
                rs.getInt("error_count"),
                rs.getInt("created_count"),
                rs.getInt("updated_count"),
                rs.getInt("unchanged_count"),
                rs.getString("failure"),
                rs.getString("requested_by"),
                rs.getLong("requester_id"),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getTimestamp("finished_at") == null
                        ? null
                        : rs.getTimestamp("finished_at").toInstant());
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }
}
