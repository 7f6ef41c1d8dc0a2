package org.cadretraining.credit.online;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What a checked job shows before it is written: the problems by row and field, and a preview of its records. */
@Component
class OnlineImportReport {

    static final int PAGE = 100;

    /** A problem of one row and field: the field's label key, the message key and its arguments. */
    record ProblemView(int row, String field, String messageKey, Object[] arguments) {
        public String fieldKey() {
            return "credit.online.field." + field;
        }
    }

    /** A staged record as the organiser checks it: whom it counts for and how much. */
    record PreviewRow(
            int row,
            String staffNumber,
            String cadreName,
            String title,
            LocalDate completedOn,
            Integer minutes,
            boolean testPassed,
            BigDecimal hours,
            Integer ruleVersion,
            Integer rulePosition,
            boolean countedBefore) {}

    private final JdbcClient jdbc;

    OnlineImportReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ProblemView> problems(long jobId, int page) {
        return jdbc.sql("""
                        select row_number, field, message_key, arguments from online_import_problem
                         where job_id = ? order by row_number, id limit ? offset ?
                        """)
                .params(jobId, PAGE, (long) Math.max(0, page) * PAGE)
                .query((rs, n) -> new ProblemView(
                        rs.getInt("row_number"),
                        rs.getString("field"),
                        rs.getString("message_key"),
                        arguments(rs.getString("arguments"))))
                .list();
    }

    List<PreviewRow> preview(long jobId, long academyId, int limit) {
        return jdbc.sql("""
                        select s.row_number, c.staff_number, c.name, s.title, s.completed_on, s.minutes,
                               s.test_passed, s.hours, s.rule_version, s.rule_position,
                               exists (select 1 from online_record r where r.academy_id = ? and r.cadre_id = s.cadre_id
                                          and r.title_key = s.title_key and r.completed_on = s.completed_on) as known
                          from online_import_row s join cadre c on c.id = s.cadre_id
                         where s.job_id = ? order by s.row_number limit ?
                        """)
                .params(academyId, jobId, limit)
                .query((rs, n) -> new PreviewRow(
                        rs.getInt("row_number"),
                        rs.getString("staff_number"),
                        rs.getString("name"),
                        rs.getString("title"),
                        rs.getObject("completed_on", LocalDate.class),
                        rs.getObject("minutes", Integer.class),
                        rs.getBoolean("test_passed"),
                        rs.getBigDecimal("hours"),
                        rs.getObject("rule_version", Integer.class),
                        rs.getObject("rule_position", Integer.class),
                        rs.getBoolean("known")))
                .list();
    }

    private static Object[] arguments(String stored) {
        if (stored == null || stored.isEmpty()) {
            return new Object[0];
        }
        return Arrays.stream(stored.split("\n", -1))
                .limit(stored.split("\n", -1).length - 1L)
                .toArray();
    }
}
