package org.cadretraining.credit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compliance as figures for the home pages and reports: how many cadres of a person's scope meet each requirement,
 * the same per unit below the scope's root, how many the compliance page lists, and one cadre's progress. Every
 * figure is read from the standing the ledger keeps current as entries are written, through the same query as the
 * compliance page, so a figure and the list behind it cannot disagree.
 */
@Service
public class ComplianceFigures {

    /** Cadres held to one requirement (a tier's hours in a category) and how many of them meet it. */
    public record RequirementRate(String tier, CreditCategory category, CreditHours hours, long cadres, long met) {
        public int percent() {
            return cadres == 0 ? 0 : (int) (met * 100 / cadres);
        }
    }

    /** The cadres of one unit's subtree and how many meet every requirement they are held to. */
    public record UnitRate(long unitId, LocalizedText unit, long cadres, long meetingAll) {
        public int percent() {
            return cadres == 0 ? 0 : (int) (meetingAll * 100 / cadres);
        }
    }

    /** How far a cadre is toward one requirement over the years of its window. */
    public record RequirementProgress(
            CreditCategory category,
            int firstYear,
            int lastYear,
            CreditHours required,
            CreditHours earned,
            MetBy metBy,
            int percent) {

        public boolean met() {
            return metBy != MetBy.NOT_YET;
        }
    }

    private final JdbcClient jdbc;
    private final Compliance compliance;
    private final CreditScope scope;
    private final CreditStanding standing;
    private final Requirements requirements;
    private final CadreProgress progress;

    ComplianceFigures(
            JdbcClient jdbc,
            Compliance compliance,
            CreditScope scope,
            CreditStanding standing,
            Requirements requirements,
            CadreProgress progress) {
        this.jdbc = jdbc;
        this.compliance = compliance;
        this.scope = scope;
        this.standing = standing;
        this.requirements = requirements;
        this.progress = progress;
    }

    /** Each requirement's rate over the person's whole scope; refused to anyone without a subtree. */
    @Transactional(readOnly = true)
    public List<RequirementRate> rates(CurrentUser user) {
        String path = scope.reportPath(null, user);
        standing.ensureCurrent();
        StandingQuery.Query query = compliance.query(path, null);
        List<Requirement> all = requirements.all();
        return jdbc
                .sql(query.sql() + """
                         select tier, count(*) as cadres,
                                count(*) filter (where full_time_met) as ft_met,
                                count(*) filter (where online_met) as on_met
                         from judged group by tier order by tier
                        """)
                .params(query.params())
                .query((rs, n) -> List.of(
                        rate(rs, all, CreditCategory.FULL_TIME, "ft_met"),
                        rate(rs, all, CreditCategory.ONLINE, "on_met")))
                .list()
                .stream()
                .flatMap(List::stream)
                .toList();
    }

    /** The subtree rate of each unit right below the root of the person's scope, the root's own cadres first. */
    @Transactional(readOnly = true)
    public List<UnitRate> unitsBelow(CurrentUser user) {
        String path = scope.reportPath(null, user);
        standing.ensureCurrent();
        StandingQuery.Query query = compliance.query(path, null);
        // a unit's bar counts its whole subtree: the branch is the unit on the cadre's path one level below the root
        int rootDepth =
                path.isEmpty() ? 0 : (int) path.chars().filter(c -> c == '/').count() - 1;
        return jdbc.sql(query.sql() + """
                         , branch as (
                             select s.*, coalesce(nullif(split_part(u.path, '/', :branchPart), '')::bigint, :rootId)
                                        as branch_id
                             from judged s join unit u on u.id = s.unit_id
                         )
                         select b.branch_id, u.name_zh, u.name_en, count(*) as cadres,
                                count(*) filter (where full_time_met and online_met) as meeting_all
                         from branch b join unit u on u.id = b.branch_id
                         group by b.branch_id, u.name_zh, u.name_en, u.sort_order
                         order by b.branch_id = :rootId desc, u.sort_order, b.branch_id
                        """)
                .params(query.params())
                // path '/1/5/9/' splits into '', '1', '5', '9', '': the root at depth d is part d + 1
                .param("branchPart", rootDepth + 2)
                // the root's own cadres have no unit below it on their path: they count under the root
                .param("rootId", rootDepth == 0 ? -1L : Long.parseLong(path.split("/")[rootDepth]))
                .query((rs, n) -> new UnitRate(
                        rs.getLong("branch_id"),
                        new LocalizedText(rs.getString("name_zh"), rs.getString("name_en")),
                        rs.getLong("cadres"),
                        rs.getLong("meeting_all")))
                .list();
    }

    /** How many cadres the compliance page lists for the person with no filter: those below any requirement. */
    public long belowAnyRequirement(CurrentUser user) {
        return compliance
                .shortfalls(null, null, ComplianceSort.values()[0], 0, user)
                .total();
    }

    public List<RequirementProgress> progressOf(long cadreId) {
        return progress.of(cadreId).stream()
                .map(p -> new RequirementProgress(
                        p.category(), p.firstYear(), p.lastYear(), p.required(), p.earned(), p.metBy(), p.percent()))
                .toList();
    }

    private static RequirementRate rate(ResultSet rs, List<Requirement> all, CreditCategory category, String met)
            throws SQLException {
        String tier = rs.getString("tier");
        return new RequirementRate(
                tier, category, Requirements.of(all, tier, category).hours(), rs.getLong("cadres"), rs.getLong(met));
    }
}
