package org.cadretraining.credit;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
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
 * The cadres of a unit subtree who are below a requirement, with their shortfall. It reads each cadre's judgement
 * from their standing row (written when their hours or service history change), never the entries nor the yearly
 * totals; the count comes from the units' counts, and the first page of the whole institution in the list's first
 * order from an index of the rows below a requirement, so neither passes over every cadre.
 */
@Service
class Compliance {

    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final CreditPolicies policies;
    private final Clock clock;
    private final CreditScope scope;
    private final StandingCurrency currency;
    private final ComplianceCounts counts;
    private final TransactionTemplate snapshot;

    Compliance(
            JdbcClient jdbc,
            DataSource dataSource,
            CreditPolicies policies,
            Clock clock,
            CreditScope scope,
            StandingCurrency currency,
            ComplianceCounts counts,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        // PostgreSQL streams a result through a cursor only with a fetch size, inside a transaction
        cursor.setFetchSize(1000);
        this.streaming = JdbcClient.create(new NamedParameterJdbcTemplate(cursor));
        this.policies = policies;
        this.clock = clock;
        this.scope = scope;
        this.currency = currency;
        this.counts = counts;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** One page of the cadres below a requirement in the unit's subtree (the person's whole scope when null). */
    PageOf<ComplianceRow> shortfalls(
            Long unitId, CreditCategory category, ComplianceSort sort, int page, CurrentUser user) {
        String path = scope.reportPath(unitId, user);
        currency.ensureCurrent();
        int safePage = Math.max(page, 0);
        // the count and the page are read in one snapshot, so they agree while the ledger is being written
        return snapshot.execute(status -> {
            // the policy and the day once per page, not once per row
            CreditPolicy policy = policies.current();
            LocalDate today = LocalDate.now(clock);
            Map<String, Object> params = new HashMap<>();
            String where = where(path, category, params);
            List<ComplianceRow> rows = jdbc.sql(
                            below(path, where) + " select p.*, u.name_zh as unit_zh, u.name_en as unit_en"
                                    + " from (select * from below order by " + sort.orderBy
                                    + " limit :limit offset :offset) p join unit u on u.id = p.unit_id order by "
                                    + sort.orderBy)
                    .params(params)
                    .param("limit", PAGE_SIZE)
                    .param("offset", (long) safePage * PAGE_SIZE)
                    .query((rs, n) -> row(rs, policy, today))
                    .list();
            return new PageOf<>(rows, safePage, PAGE_SIZE, counts.below(path, category));
        });
    }

    /** Every cadre below a requirement, one at a time, in the order asked for: for the export. */
    void eachShortfall(
            Long unitId, CreditCategory category, ComplianceSort sort, CurrentUser user, Consumer<ComplianceRow> sink) {
        String path = scope.reportPath(unitId, user);
        currency.ensureCurrent();
        Map<String, Object> params = new HashMap<>();
        String where = where(path, category, params);
        CreditPolicy policy = policies.current();
        LocalDate today = LocalDate.now(clock);
        snapshot.executeWithoutResult(status -> streaming
                .sql(below(path, where) + " select s.*, u.name_zh as unit_zh, u.name_en as unit_en from below s"
                        + " join unit u on u.id = s.unit_id order by " + sort.orderBy)
                .params(params)
                .query(rs -> {
                    sink.accept(row(rs, policy, today));
                }));
    }

    /**
     * The rows below as a CTE {@code below}. A subtree's rows are fetched by their units and then sorted: the index
     * of the whole institution's order would make the planner walk the rows of every unit for a small subtree.
     */
    private static String below(String path, String where) {
        return (path.isEmpty() ? "with below as (" : "with below as materialized (")
                + "select * from credit_standing s where " + where + ")";
    }

    /**
     * The rows of the active cadres of the subtree below the requirement of {@code category} (any when null), as a
     * condition on the standing {@code s}; the whole institution's default is served by its index.
     */
    static String where(String path, CreditCategory category, Map<String, Object> params) {
        String below =
                switch (category) {
                    case null -> "not (s.full_time_met and s.online_met)";
                    case FULL_TIME -> "not s.full_time_met";
                    case ONLINE -> "not s.online_met";
                };
        if (path.isEmpty()) {
            return "s.counted and " + below;
        }
        params.put("path", path + "%");
        // the units first, then their rows by the unit index: a join would let the planner read every row
        return "s.counted and " + below + " and s.unit_id = any (array(select id from unit where path like :path))";
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
