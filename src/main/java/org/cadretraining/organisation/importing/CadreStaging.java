package org.cadretraining.organisation.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts checked cadre rows into the staging table with PostgreSQL's COPY, a few thousand at a time: far cheaper than
 * one insert per row, and the rows never need to sit in memory together.
 */
final class CadreStaging {

    private static final int ROWS_PER_COPY = 5000;
    private static final String COPY =
            "copy import_cadre_row (job_id, row_number, staff_number, name, name_en, gender, unit_id,"
                    + " position_zh, position_en, rank_code, category, phone, email, note, active) from stdin (format csv)";

    private final JdbcTemplate jdbc;
    private final long jobId;
    private final StringBuilder pending = new StringBuilder(1 << 20);
    private int pendingRows;

    CadreStaging(JdbcTemplate jdbc, long jobId) {
        this.jdbc = jdbc;
        this.jobId = jobId;
    }

    void add(StagedCadre cadre) {
        pending.append(jobId).append(',').append(cadre.row());
        field(cadre.staffNumber());
        field(cadre.name());
        field(cadre.nameEn());
        field(cadre.gender());
        pending.append(',').append(cadre.unitId());
        field(cadre.positionZh());
        field(cadre.positionEn());
        field(cadre.rankCode());
        field(cadre.category());
        field(cadre.phone());
        field(cadre.email());
        field(cadre.note());
        pending.append(',');
        if (cadre.active() != null) {
            pending.append(cadre.active());
        }
        pending.append('\n');
        if (++pendingRows >= ROWS_PER_COPY) {
            flush();
        }
    }

    void flush() {
        if (pendingRows == 0) {
            return;
        }
        String data = pending.toString();
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(data));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        pending.setLength(0);
        pendingRows = 0;
    }

    void discard() {
        pending.setLength(0);
        pendingRows = 0;
        jdbc.update("delete from import_cadre_row where job_id = ?", jobId);
    }

    /** In COPY's CSV format an unquoted empty field is NULL and a quoted one an empty text. */
    private void field(String value) {
        pending.append(',');
        if (value == null) {
            return;
        }
        pending.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                pending.append('"');
            }
            pending.append(c);
        }
        pending.append('"');
    }
}
