package org.cadretraining.organisation.importing;

import static org.cadretraining.organisation.importing.CadreColumn.ACTIVE;
import static org.cadretraining.organisation.importing.CadreColumn.CATEGORY;
import static org.cadretraining.organisation.importing.CadreColumn.EMAIL;
import static org.cadretraining.organisation.importing.CadreColumn.GENDER;
import static org.cadretraining.organisation.importing.CadreColumn.NAME_EN;
import static org.cadretraining.organisation.importing.CadreColumn.NOTE;
import static org.cadretraining.organisation.importing.CadreColumn.PHONE;
import static org.cadretraining.organisation.importing.CadreColumn.POSITION_EN;
import static org.cadretraining.organisation.importing.CadreColumn.POSITION_ZH;
import static org.cadretraining.organisation.importing.CadreColumn.RANK;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes staged cadre rows into the register with a few set-based statements per portion of rows. It keeps the
 * history as {@code Cadre.update} does: when a cadre's unit, position or rank changes, their current period of
 * service ends today and a new one begins; a new cadre starts their first period today; an unchanged cadre is not
 * touched at all. Columns the file does not have keep their current values.
 */
final class CadreMerge {

    /** The columns a file may leave out, and the table column each one fills. */
    private static final Map<CadreColumn, String> OPTIONAL = new LinkedHashMap<>();

    static {
        OPTIONAL.put(NAME_EN, "name_en");
        OPTIONAL.put(GENDER, "gender");
        OPTIONAL.put(POSITION_ZH, "position_zh");
        OPTIONAL.put(POSITION_EN, "position_en");
        OPTIONAL.put(RANK, "rank_code");
        OPTIONAL.put(CATEGORY, "category");
        OPTIONAL.put(PHONE, "phone");
        OPTIONAL.put(EMAIL, "email");
        OPTIONAL.put(NOTE, "note");
        OPTIONAL.put(ACTIVE, "active");
    }

    private static final List<String> SERVICE = List.of("position_zh", "position_en", "rank_code");

    record Counts(int created, int updated) {}

    private final JdbcClient jdbc;
    private final String closeMoved;
    private final String upsert;
    private final String openPeriods;

    CadreMerge(JdbcClient jdbc, Header header) {
        this.jdbc = jdbc;
        List<String> changed = new ArrayList<>(List.of("name", "unit_id"));
        OPTIONAL.forEach((column, field) -> {
            if (header.has(column)) {
                changed.add(field);
            }
        });
        List<String> service = new ArrayList<>(List.of("unit_id"));
        SERVICE.stream().filter(changed::contains).forEach(service::add);
        this.closeMoved = """
                update cadre_assignment a set valid_to = :today
                  from import_cadre_row s join cadre c on c.staff_number = s.staff_number
                 where s.job_id = :job and s.row_number between :from and :to
                   and a.cadre_id = c.id and a.valid_to is null
                   and (%s) is distinct from (%s)
                """.formatted(list("c.", service), list("s.", service));
        this.upsert = """
                with upserted as (
                    insert into cadre as c (staff_number, name, name_en, gender, unit_id, position_zh, position_en, rank_code,
                                            category, phone, email, note, active)
                    select s.staff_number, s.name, coalesce(s.name_en, ''), s.gender, s.unit_id, coalesce(s.position_zh, ''),
                           coalesce(s.position_en, ''), s.rank_code, coalesce(s.category, ''),
                           coalesce(s.phone, ''), coalesce(s.email, ''), coalesce(s.note, ''),
                           coalesce(s.active, true)
                      from import_cadre_row s
                     where s.job_id = :job and s.row_number between :from and :to
                    on conflict (staff_number) do update set %s, version = c.version + 1
                     where (%s) is distinct from (%s)
                    returning (xmax = 0) as created
                )
                select count(*) filter (where created) as created, count(*) filter (where not created) as updated
                  from upserted
                """.formatted(assignments(changed), list("c.", changed), list("excluded.", changed));
        this.openPeriods = """
                insert into cadre_assignment (cadre_id, unit_id, position_zh, position_en, rank_code, valid_from,
                                              valid_to, recorded_at, recorded_by)
                select c.id, c.unit_id, c.position_zh, c.position_en, c.rank_code, :today, null, :now, :by
                  from import_cadre_row s join cadre c on c.staff_number = s.staff_number
                 where s.job_id = :job and s.row_number between :from and :to
                   and not exists (select 1 from cadre_assignment a where a.cadre_id = c.id and a.valid_to is null)
                """;
    }

    /**
     * Makes the job's transaction join staged rows to the register through the indexes only, a portion at a time.
     * The planner's statistics cannot be trusted here: the register grows inside this one transaction, which no
     * other session sees, so an ANALYZE by autovacuum meanwhile (likelier on a busy machine, where the job runs
     * longer) records the table as empty, and the planner then scans the whole register once for every staged
     * row (the 424 s, slower with every 10,000 rows, of issue 16); with correct statistics for the staged rows but
     * stale ones for the register, it hashes the whole register for every portion instead. Through the unique
     * staff number and the cadre id indexes each portion costs the same, however large the register.
     */
    void planByIndexes() {
        jdbc.sql("set local enable_seqscan = off").update();
        jdbc.sql("set local enable_hashjoin = off").update();
        jdbc.sql("set local enable_mergejoin = off").update();
    }

    /** The statements each portion runs, in order, for a look at their plans. */
    List<String> statements() {
        return List.of(closeMoved, upsert, openPeriods);
    }

    /** Writes the staged rows numbered {@code from} to {@code to}; must run inside the job's transaction. */
    Counts merge(long jobId, int from, int to, LocalDate today, Instant now, String by) {
        jdbc.sql(closeMoved)
                .param("today", today)
                .param("job", jobId)
                .param("from", from)
                .param("to", to)
                .update();
        Counts counts = jdbc.sql(upsert)
                .param("job", jobId)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Counts(rs.getInt("created"), rs.getInt("updated")))
                .single();
        jdbc.sql(openPeriods)
                .param("today", today)
                .param("now", java.sql.Timestamp.from(now))
                .param("by", by)
                .param("job", jobId)
                .param("from", from)
                .param("to", to)
                .update();
        return counts;
    }

    private static String list(String prefix, List<String> fields) {
        return String.join(", ", fields.stream().map(f -> prefix + f).toList());
    }

    private static String assignments(List<String> fields) {
        return String.join(
                ", ", fields.stream().map(f -> f + " = excluded." + f).toList());
    }
}
