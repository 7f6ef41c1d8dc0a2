package org.cadretraining.credit;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.cadretraining.organisation.PageOf;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cadres of a unit subtree who are below a requirement, with their shortfall. It reads one row of standing per
 * cadre (their hours inside each requirement's window), never the entries nor the yearly totals; a subtree finds
 * its units by path and its cadres by unit, so a unit costs what its cadres cost.
 */
@Service
class Compliance {

    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final Requirements requirements;
    private final CreditScope scope;
    private final CreditStanding standing;
    private final TransactionTemplate snapshot;

    Compliance(
            JdbcClient jdbc,
            DataSource dataSource,
            Requirements requirements,
            CreditScope scope,
            CreditStanding standing,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        // PostgreSQL streams a result through a cursor only with a fetch size, inside a transaction
        cursor.setFetchSize(1000);
        this.streaming = JdbcClient.create(new NamedParameterJdbcTemplate(cursor));
        this.requirements = requirements;
        this.scope = scope;
        this.standing = standing;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** One page of the cadres below a requirement in the unit's subtree (the person's whole scope when null). */
    PageOf<ComplianceRow> shortfalls(
            Long unitId, CreditCategory category, ComplianceSort sort, int page, CurrentUser user) {
        String path = scope.reportPath(unitId, user);
        standing.ensureCurrent();
        Query query = query(path, category);
        int safePage = Math.max(page, 0);
        // the count and the page are read in one snapshot, so they agree while the ledger is being written
        return snapshot.execute(
                status -> path.isEmpty() ? countThenPage(query, sort, safePage) : pageWithCount(query, sort, safePage));
    }

    /**
     * The whole institution: a count and a top-N each stream over every cadre without keeping them, cheaper than
     * one query that must hold all the rows below a requirement to count them.
     */
    private PageOf<ComplianceRow> countThenPage(Query query, ComplianceSort sort, int page) {
        long total = jdbc.sql(query.sql + " select count(*) from shortfall")
                .params(query.params)
                .query(Long.class)
                .single();
        return new PageOf<>(page(query, sort, page, null), page, PAGE_SIZE, total);
    }

    /**
     * A subtree: few enough rows to keep them once (the query names them twice, so PostgreSQL computes them once),
     * count them and take the page from them by a top-N sort, in memory rather than on disk.
     */
    private PageOf<ComplianceRow> pageWithCount(Query query, ComplianceSort sort, int page) {
        jdbc.sql("set local work_mem = '32MB'").update();
        long[] total = {0};
        List<ComplianceRow> rows = page(query, sort, page, total);
        if (rows.isEmpty() && page > 0) {
            total[0] = jdbc.sql(query.sql + " select count(*) from shortfall")
                    .params(query.params)
                    .query(Long.class)
                    .single();
        }
        return new PageOf<>(rows, page, PAGE_SIZE, total[0]);
    }

    /** The rows of one page, with unit names; with {@code total} given, also the count of all rows. */
    private List<ComplianceRow> page(Query query, ComplianceSort sort, int page, long[] total) {
        String count = total == null ? "" : ", (select count(*) from shortfall) as total";
        return jdbc.sql(query.sql
                        + " select p.*, u.name_zh as unit_zh, u.name_en as unit_en from (select *" + count
                        + " from shortfall order by " + sort.orderBy + " limit :limit offset :offset) p"
                        + " join unit u on u.id = p.unit_id order by " + sort.orderBy)
                .params(query.params)
                .param("limit", PAGE_SIZE)
                .param("offset", (long) page * PAGE_SIZE)
                .query((rs, n) -> {
                    if (total != null) {
                        total[0] = rs.getLong("total");
                    }
                    return row(rs);
                })
                .list();
    }

    /** Every cadre below a requirement, one at a time, in the order asked for: for the export. */
    void eachShortfall(
            Long unitId, CreditCategory category, ComplianceSort sort, CurrentUser user, Consumer<ComplianceRow> sink) {
        String path = scope.reportPath(unitId, user);
        standing.ensureCurrent();
        Query query = query(path, category);
        snapshot.executeWithoutResult(status -> streaming
                .sql(query.sql + " select s.*, u.name_zh as unit_zh, u.name_en as unit_en from shortfall s"
                        + " join unit u on u.id = s.unit_id order by " + sort.orderBy)
                .params(query.params)
                .query(rs -> {
                    sink.accept(row(rs));
                }));
    }

    record Query(String sql, Map<String, Object> params) {}

    /**
     * The cadres below a requirement, as a query to append a select to. For the whole institution it reads the
     * cadres, their ranks and their standing; for a subtree it first finds the units by path. Unit names are joined
     * only to the rows shown, and the filter compares earned with required without computing the shortfall first.
     */
    Query query(String path, CreditCategory category) {
        List<Requirement> all = requirements.all();
        Map<String, Object> params = new HashMap<>();
        params.put("cFt", required(all, Requirement.COUNTY_AND_ABOVE, CreditCategory.FULL_TIME));
        params.put("sFt", required(all, Requirement.SECTION_AND_BELOW, CreditCategory.FULL_TIME));
        params.put("cOn", required(all, Requirement.COUNTY_AND_ABOVE, CreditCategory.ONLINE));
        params.put("sOn", required(all, Requirement.SECTION_AND_BELOW, CreditCategory.ONLINE));
        String units = "";
        if (!path.isEmpty()) {
            // the units first, then their cadres by the unit index: a join would let the planner read every cadre
            units = "and c.unit_id = any (array(select id from unit where path like :path))";
            params.put("path", path + "%");
        }
        String filter =
                switch (category) {
                    case null -> "full_time_earned < full_time_required or online_earned < online_required";
                    case FULL_TIME -> "full_time_earned < full_time_required";
                    case ONLINE -> "online_earned < online_required";
                };
        String sql = """
                with standing as (
                    select c.id as cadre_id, c.staff_number, c.name, c.unit_id,
                           coalesce(r.tier, 'SECTION_AND_BELOW') as tier,
                           case when r.tier = 'COUNTY_AND_ABOVE' then :cFt else :sFt end as full_time_required,
                           coalesce(case when r.tier = 'COUNTY_AND_ABOVE' then s.ft_county else s.ft_section end, 0)
                               as full_time_earned,
                           case when r.tier = 'COUNTY_AND_ABOVE' then :cOn else :sOn end as online_required,
                           coalesce(case when r.tier = 'COUNTY_AND_ABOVE' then s.online_county
                                         else s.online_section end, 0) as online_earned
                    from cadre c
                    left join cadre_rank r on r.code = c.rank_code
                    left join credit_standing s on s.cadre_id = c.id
                    where c.active %s
                ),
                shortfall as (
                    select *, greatest(full_time_required - full_time_earned, 0) as full_time_shortfall,
                              greatest(online_required - online_earned, 0) as online_shortfall
                    from standing
                    where %s
                )
                """.formatted(units, filter);
        return new Query(sql, params);
    }

    private static BigDecimal required(List<Requirement> all, String tier, CreditCategory category) {
        return Requirements.of(all, tier, category).hours().value();
    }

    private static ComplianceRow row(ResultSet rs) throws SQLException {
        return new ComplianceRow(
                rs.getLong("cadre_id"),
                rs.getString("staff_number"),
                rs.getString("name"),
                new LocalizedText(rs.getString("unit_zh"), rs.getString("unit_en")),
                rs.getString("tier"),
                hours(rs.getBigDecimal("full_time_required")),
                hours(rs.getBigDecimal("full_time_earned")),
                hours(rs.getBigDecimal("full_time_shortfall")),
                hours(rs.getBigDecimal("online_required")),
                hours(rs.getBigDecimal("online_earned")),
                hours(rs.getBigDecimal("online_shortfall")));
    }

    private static CreditHours hours(BigDecimal value) {
        return CreditHours.of(value);
    }
}
