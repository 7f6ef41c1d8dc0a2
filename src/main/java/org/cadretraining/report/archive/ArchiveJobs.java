package org.cadretraining.report.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cadretraining.shared.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The archive jobs and the parts of the files they build, in the database, so that every node sees a job's progress
 * and serves its files. Each statement commits on its own: a progress step is visible at once, on every node.
 */
@Repository
class ArchiveJobs {

    static final String RUNNING = "('QUEUED', 'RUNNING')";
    private static final String COLUMNS = """
            id, course_id, language, status, total_steps, done_steps, current_file, pdf_bytes, zip_bytes, failure,
            requested_by, requested_at, finished_at
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    ArchiveJobs(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new job, leased to this node for {@code lease}. */
    long create(long courseId, String language, CurrentUser user, Duration lease) {
        return jdbc.sql("""
                        insert into report_archive_job (course_id, language, status, requested_by, requester_id,
                                                        requested_at, lease_until)
                        values (?, ?, 'QUEUED', ?, ?, ?, now() + make_interval(secs => ?)) returning id
                        """)
                .params(courseId, language, user.username(), user.accountId(), now(), (double) lease.toSeconds())
                .query(Long.class)
                .single();
    }

    Optional<ArchiveJob> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from report_archive_job where id = ?")
                .param(id)
                .query(this::job)
                .optional();
    }

    /** The course's newest job, running or not. */
    Optional<ArchiveJob> latest(long courseId) {
        return jdbc.sql("select " + COLUMNS
                        + " from report_archive_job where course_id = ? order by requested_at desc, id desc limit 1")
                .param(courseId)
                .query(this::job)
                .optional();
    }

    void running(long id, int totalSteps) {
        jdbc.sql("update report_archive_job set status = 'RUNNING', total_steps = ?, done_steps = 1 where id = ?")
                .params(totalSteps, id)
                .update();
    }

    void step(long id, int doneSteps, String currentFile) {
        jdbc.sql("update report_archive_job set done_steps = ?, current_file = ? where id = ?")
                .params(doneSteps, currentFile, id)
                .update();
    }

    /**
     * Done: the job's files are complete; older builds of the course are forgotten with their parts. False when
     * another node failed the job meanwhile (its lease ran out): its parts are deleted, it stays failed.
     */
    boolean done(long id, long courseId, long pdfBytes, long zipBytes) {
        int updated = jdbc.sql("""
                        update report_archive_job set status = 'DONE', done_steps = total_steps, current_file = null,
                               pdf_bytes = ?, zip_bytes = ?, finished_at = ?, lease_until = null
                        where id = ? and status = 'RUNNING'
                        """).params(pdfBytes, zipBytes, now(), id).update();
        if (updated == 0) {
            jdbc.sql("delete from report_archive_part where job_id = ?")
                    .param(id)
                    .update();
            return false;
        }
        jdbc.sql("delete from report_archive_job where course_id = ? and id < ? and status not in " + RUNNING)
                .params(courseId, id)
                .update();
        return true;
    }

    /** Failed: whatever parts it wrote go, so that nothing half built is ever served. */
    void failed(long id, String failureKey) {
        jdbc.sql("delete from report_archive_part where job_id = ?").param(id).update();
        jdbc.sql("""
                        update report_archive_job set status = 'FAILED', failure = ?, finished_at = ?,
                               current_file = null, lease_until = null
                        where id = ? and status in %s
                        """.formatted(RUNNING)).params(failureKey, now(), id).update();
    }

    void renew(Collection<Long> ids, Duration lease) {
        jdbc.sql("update report_archive_job set lease_until = now() + make_interval(secs => :seconds)"
                        + " where id in (:ids) and status in " + RUNNING)
                .param("seconds", (double) lease.toSeconds())
                .param("ids", List.copyOf(ids))
                .update();
    }

    /** The jobs whose node stopped renewing their lease: failed, their parts deleted. */
    List<Long> failExpired() {
        List<Long> ids = jdbc.sql(
                        "select id from report_archive_job where status in " + RUNNING + " and lease_until < now()")
                .query(Long.class)
                .list();
        ids.forEach(id -> failed(id, "report.archive.failure.abandoned"));
        return ids;
    }

    void writePart(long jobId, String file, int number, byte[] content, int length) {
        byte[] part = length == content.length ? content : Arrays.copyOf(content, length);
        jdbc.sql("insert into report_archive_part (job_id, file, number, content) values (?, ?, ?, ?)")
                .params(jobId, file, number, part)
                .update();
    }

    /** Sends a built file to {@code out} one part at a time. */
    void copyFile(long jobId, String file, OutputStream out) throws IOException {
        int parts = jdbc.sql("select count(*) from report_archive_part where job_id = ? and file = ?")
                .params(jobId, file)
                .query(Integer.class)
                .single();
        for (int number = 0; number < parts; number++) {
            byte[] part = jdbc.sql(
                            "select content from report_archive_part where job_id = ? and file = ? and number = ?")
                    .params(jobId, file, number)
                    .query(byte[].class)
                    .single();
            out.write(part);
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private ArchiveJob job(ResultSet rs, int row) throws SQLException {
        return new ArchiveJob(
                rs.getLong("id"),
                rs.getLong("course_id"),
                rs.getString("language"),
                rs.getString("status"),
                rs.getInt("total_steps"),
                rs.getInt("done_steps"),
                rs.getString("current_file"),
                rs.getObject("pdf_bytes", Long.class),
                rs.getObject("zip_bytes", Long.class),
                rs.getString("failure"),
                rs.getString("requested_by"),
                Cells.at(rs, "requested_at", clock.getZone()),
                Cells.at(rs, "finished_at", clock.getZone()));
    }
}
