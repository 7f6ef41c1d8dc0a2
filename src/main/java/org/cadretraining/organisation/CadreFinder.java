package org.cadretraining.organisation;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.cadretraining.shared.LocalizedText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds many cadres at once, for steps that work on a whole group (enrolling a class): by unit subtree, ranks and
 * categories, or by the staff numbers and names people paste. Each is one query, however many cadres it finds.
 */
@Service
public class CadreFinder {

    /** A cadre with what a group step decides on: where they are, their rank and category, whether active. */
    public record FoundCadre(
            long id,
            String staffNumber,
            String name,
            String nameEn,
            long unitId,
            LocalizedText unit,
            LocalizedText position,
            String rankCode,
            String category,
            boolean active) {

        /** The name to show a reader of the locale: the English name on English pages where there is one. */
        public String nameIn(java.util.Locale locale) {
            return new LocalizedText(name, nameEn).in(locale);
        }
    }

    /** Active cadres of a unit and the units below it (all units when null), of any of the ranks and categories. */
    public record Filter(Long unitId, Set<String> rankCodes, Set<String> categories) {

        public Filter {
            rankCodes = rankCodes == null ? Set.of() : Set.copyOf(rankCodes);
            categories = categories == null ? Set.of() : Set.copyOf(categories);
        }
    }

    private static final String SELECT = """
            select c.id, c.staff_number, c.name, c.name_en, c.unit_id, u.name_zh as unit_zh, u.name_en as unit_en,
                   c.position_zh, c.position_en, c.rank_code, c.category, c.active
            from cadre c join unit u on u.id = c.unit_id
            """;

    private static final RowMapper<FoundCadre> MAP = (rs, n) -> new FoundCadre(
            rs.getLong("id"),
            rs.getString("staff_number"),
            rs.getString("name"),
            rs.getString("name_en"),
            rs.getLong("unit_id"),
            new LocalizedText(rs.getString("unit_zh"), rs.getString("unit_en")),
            new LocalizedText(rs.getString("position_zh"), rs.getString("position_en")),
            rs.getString("rank_code"),
            rs.getString("category"),
            rs.getBoolean("active"));

    private final JdbcTemplate jdbc;

    CadreFinder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<FoundCadre> find(Filter filter) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SELECT).append(" where c.active");
        if (filter.unitId() != null) {
            sql.append(" and u.path like (select path from unit where id = ?) || '%'");
            args.add(filter.unitId());
        }
        if (!filter.rankCodes().isEmpty()) {
            sql.append(" and c.rank_code = any(?)");
            args.add(filter.rankCodes());
        }
        if (!filter.categories().isEmpty()) {
            sql.append(" and c.category = any(?)");
            args.add(filter.categories());
        }
        sql.append(" order by u.path, c.name, c.id");
        return query(sql.toString(), args);
    }

    /** Cadres, active or not, whose staff number or (Chinese or English) name is one of {@code keys}. */
    @Transactional(readOnly = true)
    public List<FoundCadre> byStaffNumbersOrNames(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Set<String> distinct = Set.copyOf(keys);
        return query(
                SELECT + " where c.staff_number = any(?) or c.name = any(?) or c.name_en = any(?) order by c.id",
                List.of(distinct, distinct, distinct));
    }

    /** Cadres, active or not, by id; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<FoundCadre> byIds(Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : query(SELECT + " where c.id = any(?) order by c.id", List.of(Set.copyOf(ids)));
    }

    /** The ids among {@code cadreIds} of cadres in the unit or a unit below it (a liaison's subtree). */
    @Transactional(readOnly = true)
    public Set<Long> withinUnit(Collection<Long> cadreIds, long unitId) {
        if (cadreIds.isEmpty()) {
            return Set.of();
        }
        List<Long> found = jdbc.query(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement("""
                            select c.id from cadre c join unit u on u.id = c.unit_id
                            where c.id = any(?) and u.path like (select path from unit where id = ?) || '%'
                            """);
                    statement.setArray(1, connection.createArrayOf("bigint", cadreIds.toArray()));
                    statement.setLong(2, unitId);
                    return statement;
                },
                (rs, n) -> rs.getLong(1));
        return Set.copyOf(found);
    }

    /** The categories cadres are recorded under, for a filter's choices. */
    @Transactional(readOnly = true)
    public List<String> categories() {
        return jdbc.queryForList(
                "select distinct category from cadre where active and category <> '' order by category", String.class);
    }

    private List<FoundCadre> query(String sql, List<Object> args) {
        return jdbc.query(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(sql);
                    for (int i = 0; i < args.size(); i++) {
                        Object arg = args.get(i);
                        if (arg instanceof Collection<?> values) {
                            Array array = connection.createArrayOf(
                                    values.stream().anyMatch(Long.class::isInstance) ? "bigint" : "varchar",
                                    values.toArray());
                            statement.setArray(i + 1, array);
                        } else {
                            statement.setObject(i + 1, arg);
                        }
                    }
                    return statement;
                },
                MAP);
    }
}
