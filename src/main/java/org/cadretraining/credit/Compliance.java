package org.cadretraining.credit;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
    private final StandingQuery standingQuery;
    private final CreditPolicies policies;
    private final Clock clock;
    private final CreditScope scope;
    private final CreditStanding standing;
    private final TransactionTemplate snapshot;

    Compliance(
            JdbcClient jdbc,
            DataSource dataSource,
            StandingQuery standingQuery,
            CreditPolicies policies,
            Clock clock,
            CreditScope scope,
            CreditStanding standing,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        // PostgreSQL streams a result through a cursor only with a fetch size, inside a transaction
        cursor.setFetchSize(1000);
        this.streaming = JdbcClient.create(new NamedParameterJdbcTemplate(cursor));
        this.standingQuery = standingQuery;
        this.policies = policies;
        this.clock = clock;
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
        StandingQuery.Query query = query(path, category);
        int safePage = Math.max(page, 0);
        // the count and the page are read in one snapshot, so they agree while the ledger is being written
        return snapshot.execute(
                status -> path.isEmpty() ? countThenPage(query, sort, safePage) : pageWithCount(query, sort, safePage));
    }

    /**
     * The whole institution: a count and a top-N each stream over every cadre without keeping them, cheaper than
     * one query that must hold all the rows below a requirement to count them.
     */
    private PageOf<ComplianceRow> countThenPage(StandingQuery.Query query, ComplianceSort sort, int page) {
        long total = jdbc.sql(query.sql() + " select count(*) from shortfall")
                .params(query.params())
                .query(Long.class)
                .single();
        return new PageOf<>(page(query, sort, page, null), page, PAGE_SIZE, total);
    }

    /**
     * A subtree: few enough rows to keep them once (the query names them twice, so PostgreSQL computes them once),
     * count them and take the page from them by a top-N sort, in memory rather than on disk.
     */
    private PageOf<ComplianceRow> pageWithCount(StandingQuery.Query query, ComplianceSort sort, int page) {
        jdbc.sql("set local work_mem = '32MB'").update();
        long[] total = {0};
        List<ComplianceRow> rows = page(query, sort, page, total);
        if (rows.isEmpty() && page > 0) {
            total[0] = jdbc.sql(query.sql() + " select count(*) from shortfall")
                    .params(query.params())
                    .query(Long.class)
                    .single();
        }
        return new PageOf<>(rows, page, PAGE_SIZE, total[0]);
    }

    /** The rows of one page, with unit names; with {@code total} given, also the count of all rows. */
    private List<ComplianceRow> page(StandingQuery.Query query, ComplianceSort sort, int page, long[] total) {
        String count = total == null ? "" : ", (select count(*) from shortfall) as total";
        return jdbc.sql(query.sql()
                        + " select p.*, u.name_zh as unit_zh, u.name_en as unit_en from (select *" + count
                        + " from shortfall order by " + sort.orderBy + " limit :limit offset :offset) p"
                        + " join unit u on u.id = p.unit_id order by " + sort.orderBy)
                .params(query.params())
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
        StandingQuery.Query query = query(path, category);
        snapshot.executeWithoutResult(status -> streaming
                .sql(query.sql() + " select s.*, u.name_zh as unit_zh, u.name_en as unit_en from shortfall s"
                        + " join unit u on u.id = s.unit_id order by " + sort.orderBy)
                .params(query.params())
                .query(rs -> {
                    sink.accept(row(rs));
                }));
    }

    /** The judged standing of the cadres under {@code path}, below the requirement of {@code category}. */
    StandingQuery.Query query(String path, CreditCategory category) {
        return standingQuery.query(path, category, null);
    }

    private ComplianceRow row(ResultSet rs) throws SQLException {
        return row(rs, policies.current(), LocalDate.now(clock));
    }

    /** One cadre's judged standing, with the deadline of a promotion inside the county window. */
    static ComplianceRow row(ResultSet rs, CreditPolicy policy, LocalDate today) throws SQLException {
        boolean byHours = rs.getBoolean("full_time_by_hours");
        boolean byDays = rs.getBoolean("full_time_by_days");
        PromotionDeadline promotion = PromotionDeadline.of(
                rs.getObject("promoted_on", LocalDate.class),
                LocalDate.of(today.getYear() + 1, 1, 1).minusDays(rs.getInt("window_days")),
                byHours || byDays,
                policy,
                today);
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
                hours(rs.getBigDecimal("online_shortfall")),
                rs.getObject("full_time_days_required", Integer.class),
                rs.getInt("full_time_days"),
                MetBy.of(byHours, byDays),
                promotion);
    }

    private static CreditHours hours(BigDecimal value) {
        return CreditHours.of(value.setScale(2, java.math.RoundingMode.UNNECESSARY));
    }
}
