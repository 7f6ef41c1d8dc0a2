package org.cadretraining.credit.online;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts checked records and row problems into their tables with PostgreSQL's COPY, a few thousand at a time: far
 * cheaper than one insert per row, and a file's rows never sit in memory together.
 */
final class RecordStaging {

    private static final int ROWS_PER_COPY = 5000;
    private static final String COPY_RECORDS = "copy online_import_row (job_id, row_number, staff_number, name,"
            + " unit_name, title, title_key, completed_on, minutes, credited_hours, test_passed, hours, rule_version,"
            + " rule_position) from stdin (format csv)";
    private static final String COPY_PROBLEMS = "copy online_import_problem (job_id, row_number, field, message_key,"
            + " arguments) from stdin (format csv)";

    private final JdbcTemplate jdbc;
    private final long jobId;
    private final Batch records = new Batch(COPY_RECORDS);
    private final Batch problems = new Batch(COPY_PROBLEMS);
    private int problemCount;

    RecordStaging(JdbcTemplate jdbc, long jobId) {
        this.jdbc = jdbc;
        this.jobId = jobId;
    }

    void add(StagedRecord r) {
        StringBuilder b = records.text;
        b.append(jobId).append(',').append(r.row());
        field(b, r.staffNumber());
        field(b, r.name());
        field(b, r.unitName());
        field(b, r.title());
        field(b, r.titleKey());
        b.append(',').append(r.completedOn());
        b.append(',').append(r.minutes() == null ? "" : r.minutes());
        b.append(',').append(r.creditedHours() == null ? "" : r.creditedHours().toPlainString());
        b.append(',').append(r.testPassed());
        b.append(',').append(r.hours().toPlainString());
        b.append(',').append(r.ruleVersion() == null ? "" : r.ruleVersion());
        b.append(',').append(r.rulePosition() == null ? "" : r.rulePosition());
        b.append('\n');
        records.added();
    }

    void add(RecordCheck.Problem p) {
        StringBuilder b = problems.text;
        b.append(jobId).append(',').append(p.row());
        field(b, p.field().name());
        field(b, p.messageKey());
        StringBuilder args = new StringBuilder();
        for (Object a : p.arguments()) {
            // arguments kept one per line; a cell's own line breaks become spaces
            args.append(String.valueOf(a).replace('\n', ' ').replace('\r', ' ')).append('\n');
        }
        field(b, args.length() > 1000 ? args.substring(0, 1000) : args.toString());
        b.append('\n');
        problemCount++;
        problems.added();
    }

    int problems() {
        return problemCount;
    }

    void flush() {
        records.flush();
        problems.flush();
    }

    private final class Batch {
        final String copy;
        final StringBuilder text = new StringBuilder(1 << 16);
        int rows;

        Batch(String copy) {
            this.copy = copy;
        }

        void added() {
            if (++rows >= ROWS_PER_COPY) {
                flush();
            }
        }

        void flush() {
            if (rows == 0) {
                return;
            }
            String data = text.toString();
            jdbc.execute((ConnectionCallback<Long>) connection -> {
                try {
                    return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(data));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            text.setLength(0);
            rows = 0;
        }
    }

    /** In COPY's CSV format an unquoted empty field is NULL and a quoted one an empty text. */
    private static void field(StringBuilder b, String value) {
        b.append(',');
        if (value == null) {
            return;
        }
        b.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
