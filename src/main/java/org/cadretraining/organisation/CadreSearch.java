package org.cadretraining.organisation;

import java.util.ArrayList;
import java.util.List;
import org.cadretraining.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds cadres within what the searcher may see, sorted and one page at a time. */
@Component
class CadreSearch {

    private static final String FROM = """
            from cadre c
            join unit u on u.id = c.unit_id
            left join cadre_rank r on r.code = c.rank_code
            """;

    private final JdbcClient jdbc;
    private final UnitRepository units;

    CadreSearch(JdbcClient jdbc, UnitRepository units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    PageOf<CadreRow> search(CadreCriteria criteria, Scope scope) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        restrictTo(scope, conditions, params);
        if (!criteria.q().isEmpty()) {
            // a staff number is looked for in its plain form, as it was saved ("PTS 061" finds PTS061)
            String staffNumber = StaffNumber.normalize(criteria.q());
            conditions.add("(c.name ilike ? escape '\\' or c.name_en ilike ? escape '\\'"
                    + (staffNumber.isEmpty() ? "" : " or c.staff_number ilike ? escape '\\'") + ")");
            String escaped = escapeLike(criteria.q());
            params.add("%" + escaped + "%");
            params.add("%" + escaped + "%");
            if (!staffNumber.isEmpty()) {
                params.add(escapeLike(staffNumber) + "%");
            }
        }
        if (criteria.unitId() != null) {
            String path = units.findById(criteria.unitId()).map(Unit::path).orElse("/none/");
            conditions.add("u.path like ?");
            params.add(path + "%");
        }
        if (criteria.rank() != null) {
            conditions.add("c.rank_code = ?");
            params.add(criteria.rank());
        }
        if (criteria.active() != null) {
            conditions.add("c.active = ?");
            params.add(criteria.active());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) " + FROM + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(criteria.size());
        pageParams.add((long) criteria.page() * criteria.size());
        List<CadreRow> rows = jdbc.sql("""
                        select c.id, c.staff_number, c.name, c.name_en, c.gender, c.unit_id, u.name_zh as unit_zh,
                               u.name_en as unit_en, c.position_zh, c.position_en, c.rank_code,
                               r.name_zh as rank_zh, r.name_en as rank_en, c.active
                        """ + FROM + where + " order by " + criteria.orderBy() + " limit ? offset ?")
                .params(pageParams)
                .query((rs, n) -> new CadreRow(
                        rs.getLong("id"),
                        rs.getString("staff_number"),
                        rs.getString("name"),
                        rs.getString("name_en"),
                        rs.getString("gender") == null ? null : Gender.valueOf(rs.getString("gender")),
                        rs.getLong("unit_id"),
                        new LocalizedText(rs.getString("unit_zh"), rs.getString("unit_en")),
                        new LocalizedText(rs.getString("position_zh"), rs.getString("position_en")),
                        rs.getString("rank_code"),
                        new LocalizedText(rs.getString("rank_zh"), rs.getString("rank_en")),
                        rs.getBoolean("active")))
                .list();
        return new PageOf<>(rows, criteria.page(), criteria.size(), total);
    }

    private static void restrictTo(Scope scope, List<String> conditions, List<Object> params) {
        if (scope.everything()) {
            return;
        }
        if (scope.subtreePath() != null) {
            conditions.add("u.path like ?");
            params.add(scope.subtreePath() + "%");
        } else if (scope.ownCadreId() != null) {
            conditions.add("c.id = ?");
            params.add(scope.ownCadreId());
        } else {
            conditions.add("false");
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
