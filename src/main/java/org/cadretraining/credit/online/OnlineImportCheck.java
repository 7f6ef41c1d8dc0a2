package org.cadretraining.credit.online;

import java.io.IOException;
import java.nio.file.Path;
import org.cadretraining.organisation.importing.SheetFiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks an academy's file: every row against the academy's mapping and the current online rule (problems by row
 * and field), the checked rows staged in the database, then every cadre looked up at once (by staff number, or by
 * name within the named unit), and the records counted before told apart. A file with any problem keeps nothing
 * staged.
 */
@Component
class OnlineImportCheck {

    private static final int PROGRESS_EVERY = 2000;

    private final SheetFiles files;
    private final OnlineRules rules;
    private final OnlineImportJobs jobs;
    private final JdbcTemplate jdbc;

    OnlineImportCheck(SheetFiles files, OnlineRules rules, OnlineImportJobs jobs, JdbcTemplate jdbc) {
        this.files = files;
        this.rules = rules;
        this.jobs = jobs;
        this.jdbc = jdbc;
    }

    void run(long jobId, OnlineAcademy academy, String fileName, Path file) throws IOException {
        int[] rows = {0};
        files.read(fileName, file, row -> rows[0]++);
        jobs.counted(jobId, Math.max(0, rows[0] - 1));
        RecordCheck check = new RecordCheck(academy, rules.current());
        RecordStaging staging = new RecordStaging(jdbc, jobId);
        int[] seen = {0};
        boolean[] header = {true, true};
        files.read(fileName, file, row -> {
            if (header[0]) {
                header[0] = false;
                header[1] = check.header(row, staging::add);
                return;
            }
            if (!header[1]) {
                return;
            }
            StagedRecord record = check.row(row, staging::add);
            if (record != null) {
                staging.add(record);
            }
            if (++seen[0] % PROGRESS_EVERY == 0) {
                jobs.checkedSoFar(jobId, seen[0]);
            }
        });
        if (rows[0] <= 1 && header[1]) {
            staging.add(new RecordCheck.Problem(1, RecordField.TITLE, "credit.online.problem.noRows"));
        }
        staging.flush();
        int errors = staging.problems() + findCadres(jobId);
        int known = errors > 0 ? 0 : known(jobId, academy.id());
        if (errors > 0) {
            jdbc.update("delete from online_import_row where job_id = ?", jobId);
        }
        jobs.checked(jobId, seen[0], errors, known);
    }

    /** Looks every cadre up in a few statements; returns how many rows name nobody, or more than one cadre. */
    private int findCadres(long jobId) {
        jdbc.update("""
                update online_import_row s set cadre_id = c.id from cadre c
                 where s.job_id = ? and s.staff_number is not null and c.staff_number = s.staff_number
                """, jobId);
        jdbc.update("""
                with matches as (
                    select s.row_number, min(c.id) as cadre_id, count(*) as found
                      from online_import_row s
                      join cadre c on c.name = s.name
                      join unit u on u.id = c.unit_id and (u.name_zh = s.unit_name or u.name_en = s.unit_name)
                     where s.job_id = ? and s.staff_number is null
                     group by s.row_number)
                update online_import_row s set cadre_id = m.cadre_id from matches m
                 where s.job_id = ? and s.row_number = m.row_number and m.found = 1
                """, jobId, jobId);
        return jdbc.update("""
                insert into online_import_problem (job_id, row_number, field, message_key, arguments)
                select s.job_id, s.row_number,
                       case when s.staff_number is not null then 'STAFF_NUMBER' else 'NAME' end,
                       case when s.staff_number is not null then 'credit.online.problem.unknownStaffNumber'
                            when exists (select 1 from cadre c join unit u on u.id = c.unit_id
                                          where c.name = s.name
                                            and (u.name_zh = s.unit_name or u.name_en = s.unit_name))
                            then 'credit.online.problem.sameName'
                            else 'credit.online.problem.unknownName' end,
                       coalesce(s.staff_number, s.name || chr(10) || s.unit_name) || chr(10)
                  from online_import_row s
                 where s.job_id = ? and s.cadre_id is null
                """, jobId);
    }

    /** How many of the file's records were counted before, by an earlier file of the same academy. */
    private int known(long jobId, long academyId) {
        Integer known = jdbc.queryForObject("""
                select count(*) from online_import_row s
                 where s.job_id = ? and exists (
                     select 1 from online_record r
                      where r.academy_id = ? and r.cadre_id = s.cadre_id and r.title_key = s.title_key
                        and r.completed_on = s.completed_on)
                """, Integer.class, jobId, academyId);
        return known == null ? 0 : known;
    }
}
