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
import org.springframework.transaction.annotation.Transactional;

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

    Compliance(
            JdbcClient jdbc,
            DataSource dataSource,
            Requirements requirements,
            CreditScope scope,
            CreditStanding standing) {
        this.jdbc = jdbc;
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        // PostgreSQL streams a result through a cursor only with a fetch size, inside a transaction
        cursor.setFetchSize(1000);
        this.streaming = JdbcClient.create(new NamedParameterJdbcTemplate(cursor));
        this.requirements = requirements;
        this.scope = scope;
        this.standing = standing;
    }

    /** One page of the cadres below a requirement in the unit's subtree (the person's whole scope when null). */
    @Transactional(readOnly = true)
    PageOf<ComplianceRow> shortfalls(
            Long unitId, CreditCategory category, ComplianceSort sort, int page, CurrentUser user) {
        String path = scope.reportPath(unitId, user);
        Query query = query(path, category);
        int safePage = Math.max(page, 0);
        // the count over every row below a requirement is kept in memory rather than spilled to disk
        jdbc.sql("set local work_mem = '256MB'").update();
        long[] total = {0};
        List<ComplianceRow> rows = jdbc.sql(query.sql
                        + " select *, count(*) over () as total from shortfall order by " + sort.orderBy
                        + " limit :limit offset :offset")
                .params(query.params)
                .param("limit", PAGE_SIZE)
                .param("offset", (long) safePage * PAGE_SIZE)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return row(rs);
                })
                .list();
        if (rows.isEmpty() && safePage > 0) {
            total[0] = jdbc.sql(query.sql + " select count(*) from shortfall")
                    .params(query.params)
                    .query(Long.class)
                    .single();
        }
        return new PageOf<>(rows, safePage, PAGE_SIZE, total[0]);
    }

    /** Every cadre below a requirement, one at a time, in the order asked for: for the export. */
    @Transactional(readOnly = true)
    void eachShortfall(
            Long unitId, CreditCategory category, ComplianceSort sort, CurrentUser user, Consumer<ComplianceRow> sink) {
        String path = scope.reportPath(unitId, user);
        Query query = query(path, category);
        streaming
                .sql(query.sql + " select * from shortfall order by " + sort.orderBy)
                .params(query.params)
                .query(rs -> {
                    sink.accept(row(rs));
                });
    }

    private record Query(String sql, Map<String, Object> params) {}

    private Query query(String path, CreditCategory category) {
        standing.ensureCurrent();
        Map<String, Object> params = new HashMap<>();
        params.put(
                "cFt",
                requirements
                        .of(Requirement.COUNTY_AND_ABOVE, CreditCategory.FULL_TIME)
                        .hours()
                        .value());
        params.put(
                "sFt",
                requirements
                        .of(Requirement.SECTION_AND_BELOW, CreditCategory.FULL_TIME)
                        .hours()
                        .value());
        params.put(
                "cOn",
                requirements
                        .of(Requirement.COUNTY_AND_ABOVE, CreditCategory.ONLINE)
                        .hours()
                        .value());
        params.put(
                "sOn",
                requirements
                        .of(Requirement.SECTION_AND_BELOW, CreditCategory.ONLINE)
                        .hours()
                        .value());
        String where = "";
        if (!path.isEmpty()) {
            where = " and u.path like :path";
            params.put("path", path + "%");
        }
        String fullTimeShortfall = "greatest(full_time_required - full_time_earned, 0)";
        String onlineShortfall = "greatest(online_required - online_earned, 0)";
        String shortfallFilter =
                switch (category) {
                    case null -> fullTimeShortfall + " > 0 or " + onlineShortfall + " > 0";
                    case FULL_TIME -> fullTimeShortfall + " > 0";
                    case ONLINE -> onlineShortfall + " > 0";
                };
        String sql = """
                with standing as (
                    select c.id as cadre_id, c.staff_number, c.name, u.name_zh as unit_zh, u.name_en as unit_en,
                           coalesce(r.tier, 'SECTION_AND_BELOW') as tier,
                           case when r.tier = 'COUNTY_AND_ABOVE' then :cFt else :sFt end as full_time_required,
                           coalesce(case when r.tier = 'COUNTY_AND_ABOVE' then s.ft_county else s.ft_section end, 0)
                               as full_time_earned,
                           case when r.tier = 'COUNTY_AND_ABOVE' then :cOn else :sOn end as online_required,
                           coalesce(case when r.tier = 'COUNTY_AND_ABOVE' then s.online_county
                                         else s.online_section end, 0) as online_earned
                    from cadre c
                    join unit u on u.id = c.unit_id
                    left join cadre_rank r on r.code = c.rank_code
                    left join credit_standing s on s.cadre_id = c.id
                    where c.active%s
                ),
                shortfall as (
                    select *, %s as full_time_shortfall, %s as online_shortfall
                    from standing
                    where (%s)
                )
                """.formatted(where, fullTimeShortfall, onlineShortfall, shortfallFilter);
        return new Query(sql, params);
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
