package org.cadretraining.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadretraining.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's list of accounts: filtered by text and role, sorted, one page at a time. */
@Component
class AccountSearch {

    static final int PAGE_SIZE = 20;

    /** Sort keys a request may name, and the column each stands for; anything else sorts by username. */
    private static final Map<String, String> SORTABLE = Map.of(
            "username", "lower(a.username)",
            "displayName", "a.display_name",
            "createdAt", "a.created_at",
            "enabled", "a.enabled");

    record Criteria(String text, Role role, String sort, boolean descending, int page) {

        Criteria {
            text = text == null ? "" : text.strip();
            sort = SORTABLE.containsKey(sort) ? sort : "username";
            page = Math.max(page, 0);
        }

        public String dir() {
            return descending ? "desc" : "asc";
        }
    }

    record Row(
            long id,
            String username,
            String displayName,
            Set<Role> roles,
            boolean enabled,
            boolean mustChangePassword,
            Long cadreId,
            Long liaisonUnitId,
            Instant createdAt) {}

    record Page(List<Row> rows, int page, long total) {

        public int totalPages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < totalPages();
        }
    }

    private static final String FILTER = """
             from account a
            where (:text = '' or a.username ilike :pattern escape '\\' or a.display_name ilike :pattern escape '\\')
              and (:role = '' or exists (select 1 from account_role r where r.account_id = a.id and r.role = :role))
            """;

    private final JdbcClient jdbc;

    AccountSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Page find(Criteria criteria) {
        Map<String, Object> params = Map.of(
                "text",
                criteria.text(),
                "pattern",
                "%" + escapeLike(criteria.text()) + "%",
                "role",
                criteria.role() == null ? "" : criteria.role().name());
        long total = jdbc.sql("select count(*)" + FILTER)
                .params(params)
                .query(Long.class)
                .single();
        String order = SORTABLE.get(criteria.sort()) + (criteria.descending() ? " desc" : " asc") + ", a.id";
        List<Row> rows = jdbc.sql("""
                        select a.id, a.username, a.display_name, a.enabled, a.must_change_password, a.cadre_id,
                               a.liaison_unit_id, a.created_at,
                               (select string_agg(r.role, ',') from account_role r where r.account_id = a.id) as roles
                        """ + FILTER + " order by " + order + " limit :limit offset :offset")
                .params(params)
                .param("limit", PAGE_SIZE)
                .param("offset", criteria.page() * PAGE_SIZE)
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        roles(rs.getString("roles")),
                        rs.getBoolean("enabled"),
                        rs.getBoolean("must_change_password"),
                        rs.getObject("cadre_id", Long.class),
                        rs.getObject("liaison_unit_id", Long.class),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
        return new Page(rows, criteria.page(), total);
    }

    private static Set<Role> roles(String joined) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (joined != null) {
            Arrays.stream(joined.split(",")).map(Role::valueOf).forEach(roles::add);
        }
        return roles;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
