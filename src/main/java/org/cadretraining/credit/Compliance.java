package org.cadretraining.credit;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Year;
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
 * The cadres of a unit subtree who are below a requirement, with their shortfall. It reads the yearly totals (one
 * row per cadre and year), never the entries. The whole institution is summed in one pass over the totals of the
 * years in question; a subtree looks up its cadres' totals by index, so a unit costs what its cadres cost.
 */
@Service
class Compliance {

    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final Requirements requirements;
    private final CreditScope scope;
    private final Clock clock;

    Compliance(JdbcClient jdbc, DataSource dataSource, Requirements requirements, CreditScope scope, Clock clock) {
        this.jdbc = jdbc;
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        // PostgreSQL streams a result through a cursor only with a fetch size, inside a transaction
        cursor.setFetchSize(1000);
        this.streaming = JdbcClient.create(new NamedParameterJdbcTemplate(cursor));
        this.requirements = requirements;
        this.scope = scope;
        this.clock = clock;
    }

    /** One page of the cadres below a requirement in the unit's subtree (the person's whole scope when null). */
    @Transactional(readOnly = true)
    PageOf<ComplianceRow> shortfalls(
            Long unitId, CreditCategory category, ComplianceSort sort, int page, CurrentUser user) {
        String path = scope.reportPath(unitId, user);
        Query query = query(path, category);
        int safePage = Math.max(page, 0);
        jdbc.sql("set local work_mem = '64MB'").update();
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
        Year current = Year.now(clock);
        Requirement countyFullTime = requirements.of(Requirement.COUNTY_AND_ABOVE, CreditCategory.FULL_TIME);
        Requirement sectionFullTime = requirements.of(Requirement.SECTION_AND_BELOW, CreditCategory.FULL_TIME);
        Requirement countyOnline = requirements.of(Requirement.COUNTY_AND_ABOVE, CreditCategory.ONLINE);
        Requirement sectionOnline = requirements.of(Requirement.SECTION_AND_BELOW, CreditCategory.ONLINE);
        int firstYear = Math.min(
                Math.min(countyFullTime.firstYear(current), sectionFullTime.firstYear(current)),
                Math.min(countyOnline.firstYear(current), sectionOnline.firstYear(current)));
        Map<String, Object> params = new HashMap<>();
        params.put("year", current.getValue());
        params.put("firstYear", firstYear);
        params.put("cFtFrom", countyFullTime.firstYear(current));
        params.put("sFtFrom", sectionFullTime.firstYear(current));
        params.put("cOnFrom", countyOnline.firstYear(current));
        params.put("sOnFrom", sectionOnline.firstYear(current));
        params.put("cFt", countyFullTime.hours().value());
        params.put("sFt", sectionFullTime.hours().value());
        params.put("cOn", countyOnline.hours().value());
        params.put("sOn", sectionOnline.hours().value());
        String sums = """
                coalesce(sum(full_time) filter (where year >= :cFtFrom), 0) as ft_county,
                coalesce(sum(full_time) filter (where year >= :sFtFrom), 0) as ft_section,
                coalesce(sum(online) filter (where year >= :cOnFrom), 0) as on_county,
                coalesce(sum(online) filter (where year >= :sOnFrom), 0) as on_section
                """;
        boolean wholeInstitution = path.isEmpty();
        String totals = wholeInstitution
                ? "left join (select cadre_id, " + sums + " from credit_year_total"
                        + " where year between :firstYear and :year group by cadre_id) t on t.cadre_id = c.id"
                : "left join lateral (select " + sums + " from credit_year_total t0"
                        + " where t0.cadre_id = c.id and t0.year between :firstYear and :year) t on true";
        String where = wholeInstitution ? "" : " and u.path like :path";
        if (!wholeInstitution) {
            params.put("path", path + "%");
        }
        String shortfallFilter =
                switch (category) {
                    case null -> "full_time_shortfall > 0 or online_shortfall > 0";
                    case FULL_TIME -> "full_time_shortfall > 0";
                    case ONLINE -> "online_shortfall > 0";
                };
        String sql = """
                with standing as (
                    select c.id as cadre_id, c.staff_number, c.name, u.name_zh as unit_zh, u.name_en as unit_en,
                           coalesce(r.tier, 'SECTION_AND_BELOW') as tier,
                           case when r.tier = 'COUNTY_AND_ABOVE' then :cFt else :sFt end as full_time_required,
                           coalesce(case when r.tier = 'COUNTY_AND_ABOVE' then t.ft_county else t.ft_section end, 0)
                               as full_time_earned,
                           case when r.tier = 'COUNTY_AND_ABOVE' then :cOn else :sOn end as online_required,
                           coalesce(case when r.tier = 'COUNTY_AND_ABOVE' then t.on_county else t.on_section end, 0)
                               as online_earned
                    from cadre c
                    join unit u on u.id = c.unit_id
                    left join cadre_rank r on r.code = c.rank_code
                    %s
                    where c.active%s
                ),
                shortfall as (
                    select *, greatest(full_time_required - full_time_earned, 0) as full_time_shortfall,
                              greatest(online_required - online_earned, 0) as online_shortfall
                    from standing
                    where (%s)
                )
                """.formatted(
                        totals,
                        where,
                        shortfallFilter
                                .replace("full_time_shortfall", "greatest(full_time_required - full_time_earned, 0)")
                                .replace("online_shortfall", "greatest(online_required - online_earned, 0)"));
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
