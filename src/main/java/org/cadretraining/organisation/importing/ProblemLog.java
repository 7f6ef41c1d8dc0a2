package org.cadretraining.organisation.importing;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores the problems found in a file as they are found, in batches, so that a file that is wrong on every row
 * costs no memory and every problem can be shown afterwards.
 */
final class ProblemLog {

    static final String ARGUMENT_SEPARATOR = "\u001F";
    private static final int BATCH = 500;
    private static final int MAX_ARGUMENT = 200;

    private final JdbcTemplate jdbc;
    private final long jobId;
    private final List<Object[]> pending = new ArrayList<>();
    private final BitSet badRows = new BitSet();
    private int count;

    ProblemLog(JdbcTemplate jdbc, long jobId) {
        this.jdbc = jdbc;
        this.jobId = jobId;
    }

    void add(int row, Column column, String messageKey, String... arguments) {
        add(row, column == null ? "" : column.key(), messageKey, arguments);
    }

    void add(int row, String columnKey, String messageKey, String... arguments) {
        List<String> shortened = new ArrayList<>(arguments.length);
        for (String argument : arguments) {
            String text = argument == null ? "" : argument;
            shortened.add(text.length() > MAX_ARGUMENT ? text.substring(0, MAX_ARGUMENT) + "…" : text);
        }
        pending.add(new Object[] {jobId, row, columnKey, messageKey, String.join(ARGUMENT_SEPARATOR, shortened)});
        badRows.set(row);
        count++;
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    /** How many problems were found so far. */
    int count() {
        return count;
    }

    boolean isEmpty() {
        return count == 0;
    }

    int badRowCount() {
        return badRows.cardinality();
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                "insert into import_error (job_id, row_number, column_name, message_key, arguments)"
                        + " values (?, ?, ?, ?, ?)",
                pending);
        pending.clear();
    }
}
