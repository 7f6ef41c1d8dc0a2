package org.cadretraining.report.statistics;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.cadretraining.shared.LocalizedText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drill-downs: the cadres or the courses behind a figure, filtered, sorted and paged, each page with the sums
 * over every row the filter keeps (read in one snapshot, so the sums and the rows agree while the ledger is being
 * written); and every row in order for an export, streamed through a cursor as the database reads it.
 */
@Component
class StatisticsLists {

    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final StatisticsFacts facts;

    StatisticsLists(JdbcClient jdbc, DataSource dataSource, StatisticsFacts facts) {
        this.jdbc = jdbc;
        this.facts = facts;
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        // PostgreSQL streams a result through a cursor only with a fetch size, inside a transaction
        cursor.setFetchSize(1000);
        this.streaming = JdbcClient.create(new NamedParameterJdbcTemplate(cursor));
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    DrillPage<CadreRow, CadreTotals> cadres(String path, Period period, CadreFilter filter, String sort, int page) {
        StatisticsFacts.Query facts = this.facts.of(path, period);
        Map<String, Object> params = facts.params();
        String where = filter.where(params);
        CadreTotals totals = jdbc.sql(facts.sql() + "select " + CadreTotals.SUMS + " from cadre_facts where " + where)
                .params(params)
                .query((rs, n) -> CadreTotals.of(rs))
                .single();
        List<CadreRow> rows = jdbc.sql(facts.sql() + "select * from cadre_facts where " + where
                        + " order by " + DrillSort.CADRES.get(DrillSort.named(DrillSort.CADRES, sort, "name"))
                        + " limit :limit offset :offset")
                .params(params)
                .param("limit", PAGE_SIZE)
                .param("offset", (long) Math.max(page, 0) * PAGE_SIZE)
                .query((rs, n) -> CadreRow.of(rs))
                .list();
        return new DrillPage<>(rows, Math.max(page, 0), PAGE_SIZE, totals.cadres(), totals);
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    DrillPage<CourseRow, CourseTotals> courses(String path, Period period, CourseFilter filter, String sort, int page) {
        StatisticsFacts.Query facts = this.facts.of(path, period);
        Map<String, Object> params = facts.params();
        String where = filter.where(params);
        CourseTotals totals = jdbc.sql(
                        facts.sql() + "select " + CourseTotals.SUMS + " from course_facts where " + where)
                .params(params)
                .query((rs, n) -> CourseTotals.of(rs))
                .single();
        List<CourseRow> rows = jdbc.sql(facts.sql() + "select * from course_facts where " + where
                        + " order by " + DrillSort.COURSES.get(DrillSort.named(DrillSort.COURSES, sort, "date"))
                        + " limit :limit offset :offset")
                .params(params)
                .param("limit", PAGE_SIZE)
                .param("offset", (long) Math.max(page, 0) * PAGE_SIZE)
                .query((rs, n) -> CourseRow.of(rs))
                .list();
        return new DrillPage<>(rows, Math.max(page, 0), PAGE_SIZE, totals.courses(), totals);
    }

    /** The name of a rank a drill-down is filtered by, for its heading; null for none or an unknown code. */
    LocalizedText rankName(String code) {
        if (code == null) {
            return null;
        }
        return jdbc.sql("select name_zh, name_en from cadre_rank where code = :code")
                .param("code", code)
                .query((rs, n) -> new LocalizedText(rs.getString("name_zh"), rs.getString("name_en")))
                .optional()
                .orElse(null);
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    void eachCadre(String path, Period period, CadreFilter filter, String sort, Consumer<CadreRow> row) {
        StatisticsFacts.Query facts = this.facts.of(path, period);
        Map<String, Object> params = facts.params();
        String where = filter.where(params);
        streaming
                .sql(facts.sql() + "select * from cadre_facts where " + where + " order by "
                        + DrillSort.CADRES.get(DrillSort.named(DrillSort.CADRES, sort, "name")))
                .params(params)
                .query(rs -> {
                    row.accept(CadreRow.of(rs));
                });
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    void eachCourse(String path, Period period, CourseFilter filter, String sort, Consumer<CourseRow> row) {
        StatisticsFacts.Query facts = this.facts.of(path, period);
        Map<String, Object> params = facts.params();
        String where = filter.where(params);
        streaming
                .sql(facts.sql() + "select * from course_facts where " + where + " order by "
                        + DrillSort.COURSES.get(DrillSort.named(DrillSort.COURSES, sort, "date")))
                .params(params)
                .query(rs -> {
                    row.accept(CourseRow.of(rs));
                });
    }
}
