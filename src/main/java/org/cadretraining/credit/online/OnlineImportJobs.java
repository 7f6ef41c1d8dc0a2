package org.cadretraining.credit.online;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import jobs in the database. Every change of state commits on its own, even while the records are written in
 * the job's long transaction, so that every node shows the same progress at once.
 */
@Repository
class OnlineImportJobs {

    private static final String SELECT = """
            select j.*, a.name as academy_name from online_import_job j join online_academy a on a.id = j.academy_id
            """;

    static final String ABANDONED_AFTER = "5 minutes";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate own;

    OnlineImportJobs(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    long create(long academyId, String fileName, String by) {
        Timestamp now = Timestamp.from(clock.instant());
        return own.execute(status -> jdbc.sql("""
                        insert into online_import_job (academy_id, file_name, status, requested_by, requested_at,
                                                       updated_at)
                        values (?, ?, 'CHECKING', ?, ?, now()) returning id
                        """)
                .params(academyId, fileName, by, now)
                .query(Long.class)
                .single());
    }

    void counted(long id, int rows) {
        update("total_rows = ?", id, rows);
    }

    void checkedSoFar(long id, int rows) {
        update("checked_rows = ?", id, rows);
    }

    void checked(long id, int rows, int errors, int known) {
        update(
                "status = case when ? > 0 then 'REJECTED' else 'CHECKED' end, checked_rows = ?, error_count = ?,"
                        + " known_count = ?, finished_at = case when ? > 0 then now() end",
                id,
                errors,
                rows,
                errors,
                known,
                errors);
    }

    /** Moves a checked job to writing; false when it was not waiting for that (written already, or by someone else). */
    boolean startWriting(long id) {
        Boolean moved =
                own.execute(status -> jdbc.sql("update online_import_job set status = 'WRITING', updated_at = now()"
                                        + " where id = ? and status = 'CHECKED'")
                                .params(id)
                                .update()
                        == 1);
        return Boolean.TRUE.equals(moved);
    }

    void writtenSoFar(long id, int rows) {
        update("written_rows = ?", id, rows);
    }

    void done(long id, int newRecords) {
        update("status = 'DONE', written_rows = total_rows, new_count = ?, finished_at = now()", id, newRecords);
    }

    /** A failed job wrote nothing: its records are written in one transaction, which the failure rolled back. */
    void failed(long id, String messageKey) {
        update("status = 'FAILED', failure = ?, written_rows = 0, finished_at = now()", id, messageKey);
        own.executeWithoutResult(status -> jdbc.sql("delete from online_import_row where job_id = ?")
                .param(id)
                .update());
    }

    /**
     * Fails the jobs whose node stopped moving them: a running job records its progress at least every few seconds
     * (every 2,000 rows checked, every portion written), so one unchanged for {@link #ABANDONED_AFTER} belongs to a
     * node that died; its write, if any, was rolled back with the node's connection. Any node may do this, on the
     * database's clock, when it reads jobs.
     */
    void failAbandoned() {
        List<Long> abandoned = own.execute(
                status -> jdbc.sql("""
                        update online_import_job set status = 'FAILED', failure = 'credit.online.import.abandoned',
                               written_rows = 0, finished_at = now(), updated_at = now()
                         where status in ('CHECKING', 'WRITING') and updated_at < now() - cast(? as interval)
                        returning id
                        """).param(ABANDONED_AFTER).query(Long.class).list());
        if (abandoned != null && !abandoned.isEmpty()) {
            own.executeWithoutResult(status -> jdbc.sql("delete from online_import_row where job_id = any(?)")
                    .param(abandoned.toArray(Long[]::new))
                    .update());
        }
    }

    Optional<OnlineImportJob> find(long id) {
        failAbandoned();
        return jdbc.sql(SELECT + " where j.id = ?")
                .param(id)
                .query(OnlineImportJobs::job)
                .optional();
    }

    List<OnlineImportJob> recent(int limit) {
        failAbandoned();
        return jdbc.sql(SELECT + " order by j.requested_at desc, j.id desc limit ?")
                .param(limit)
                .query(OnlineImportJobs::job)
                .list();
    }

    private void update(String assignments, long id, Object... values) {
        Object[] params = new Object[values.length + 1];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = id;
        // the database's clock: the one every node compares with when it looks for abandoned jobs
        own.executeWithoutResult(
                status -> jdbc.sql("update online_import_job set " + assignments + ", updated_at = now() where id = ?")
                        .params(params)
                        .update());
    }

    private static OnlineImportJob job(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new OnlineImportJob(
                rs.getLong("id"),
                rs.getLong("academy_id"),
                rs.getString("academy_name"),
                rs.getString("file_name"),
                OnlineImportStatus.valueOf(rs.getString("status")),
                rs.getObject("total_rows", Integer.class),
                rs.getInt("checked_rows"),
                rs.getInt("error_count"),
                rs.getInt("known_count"),
                rs.getInt("written_rows"),
                rs.getInt("new_count"),
                rs.getString("failure"),
                rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
