package org.cadretraining.credit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Compliance figures of a unit subtree read from the units' counts ({@link UnitCounts}): a sum over the subtree's
 * units, never a pass over its cadres. The counts move with every judgement, so a figure read here equals the count
 * of the rows the compliance list shows.
 */
@Component
class ComplianceCounts {

    /** One tier's cadres and how many meet each requirement. */
    record TierCount(String tier, long cadres, long fullTimeMet, long onlineMet) {}

    /** One unit's subtree below a root: its cadres and how many meet every requirement. */
    record BranchCount(long unitId, String nameZh, String nameEn, long cadres, long meetingAll) {}

    private final JdbcClient jdbc;

    ComplianceCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each tier with cadres in the subtree of {@code path} ("" for every unit), in tier order. */
    List<TierCount> byTier(String path) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select tier, sum(cadres) as cadres, sum(full_time_met) as ft, sum(online_met) as online"
                        + " from credit_unit_compliance k where " + units(path, params)
                        + " group by tier having sum(cadres) > 0 order by tier")
                .params(params)
                .query((rs, n) -> new TierCount(
                        rs.getString("tier"), rs.getLong("cadres"), rs.getLong("ft"), rs.getLong("online")))
                .list();
    }

    /** How many cadres of the subtree are below the requirement of {@code category} (any when null). */
    long below(String path, CreditCategory category) {
        Map<String, Object> params = new HashMap<>();
        String met =
                switch (category) {
                    case null -> "all_met";
                    case FULL_TIME -> "full_time_met";
                    case ONLINE -> "online_met";
                };
        return jdbc.sql("select coalesce(sum(cadres - " + met + "), 0) from credit_unit_compliance k where "
                        + units(path, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    /**
     * The subtree of each unit right below the root of {@code path}, the root's own cadres first (under the root):
     * a unit's branch is the unit on its path one level below the root.
     */
    List<BranchCount> branches(String path) {
        int rootDepth =
                path.isEmpty() ? 0 : (int) path.chars().filter(c -> c == '/').count() - 1;
        return jdbc.sql("""
                        with branch as (
                            select coalesce(nullif(split_part(u.path, '/', :branchPart), '')::bigint, :rootId)
                                       as branch_id, k.cadres, k.all_met
                            from credit_unit_compliance k join unit u on u.id = k.unit_id
                            where u.path like :path
                        )
                        select b.branch_id, u.name_zh, u.name_en, sum(b.cadres) as cadres,
                               sum(b.all_met) as meeting_all
                        from branch b join unit u on u.id = b.branch_id
                        group by b.branch_id, u.name_zh, u.name_en, u.sort_order
                        having sum(b.cadres) > 0
                        order by b.branch_id = :rootId desc, u.sort_order, b.branch_id
                        """)
                .param("path", path + "%")
                // path '/1/5/9/' splits into '', '1', '5', '9', '': the root at depth d is part d + 1
                .param("branchPart", rootDepth + 2)
                .param("rootId", rootDepth == 0 ? -1L : Long.parseLong(path.split("/")[rootDepth]))
                .query((rs, n) -> new BranchCount(
                        rs.getLong("branch_id"),
                        rs.getString("name_zh"),
                        rs.getString("name_en"),
                        rs.getLong("cadres"),
                        rs.getLong("meeting_all")))
                .list();
    }

    /** The condition on the counts' alias {@code k} that keeps the units of the subtree. */
    static String units(String path, Map<String, Object> params) {
        if (path.isEmpty()) {
            return "true";
        }
        params.put("path", path + "%");
        return "k.unit_id = any (array(select id from unit where path like :path))";
    }
}
