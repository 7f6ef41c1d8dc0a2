package org.cadretraining.credit;

import java.time.Clock;
import java.time.Year;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each cadre's hours and days of full-time training inside the window of each requirement, and the hours carried
 * from last year where the policy allows it, as of the current year: compliance reads one row per cadre from here.
 * A ledger write refreshes the cadre's row from their yearly totals (at most ten rows) in the writer's transaction;
 * when the year turns or a requirement or the carry-over policy changes, every row is rebuilt from the yearly
 * totals. Writers hold the basis row in share mode and a rebuild holds it exclusively, so no write can fall between
 * a rebuild's read and its result; a writer locks the cadre's row before reading their totals, so two writers for
 * one cadre refresh it one after the other, the second seeing the first's hours.
 */
@Component
class CreditStanding {

    /** The columns of a standing row, computed from a cadre's yearly totals {@code t} and the basis {@code b}. */
    private static final String COLUMNS =
            "ft_county, ft_section, online_county, online_section, days_county, days_section,"
                    + " ft_section_carried, online_county_carried, online_section_carried";

    private static final String SUMS = """
            coalesce(sum(t.full_time) filter (where t.year > b.as_of_year - b.ft_county_years), 0),
            coalesce(sum(t.full_time) filter (where t.year > b.as_of_year - b.ft_section_years), 0),
            coalesce(sum(t.online) filter (where t.year > b.as_of_year - b.online_county_years), 0),
            coalesce(sum(t.online) filter (where t.year > b.as_of_year - b.online_section_years), 0),
            coalesce(sum(t.ft_days) filter (where t.year > b.as_of_year - b.ft_county_years), 0),
            coalesce(sum(t.ft_days) filter (where t.year > b.as_of_year - b.ft_section_years), 0),
            case when b.carry_over and b.ft_section_years = 1 then greatest(coalesce(sum(t.full_time)
                 filter (where t.year = b.as_of_year - 1), 0) - b.ft_section_hours, 0) else 0 end,
            case when b.carry_over and b.online_county_years = 1 then greatest(coalesce(sum(t.online)
                 filter (where t.year = b.as_of_year - 1), 0) - b.online_county_hours, 0) else 0 end,
            case when b.carry_over and b.online_section_years = 1 then greatest(coalesce(sum(t.online)
                 filter (where t.year = b.as_of_year - 1), 0) - b.online_section_hours, 0) else 0 end
            """;

    private final JdbcClient jdbc;
    private final Requirements requirements;
    private final CreditPolicies policies;
    private final Clock clock;
    private final TransactionTemplate separate;

    CreditStanding(
            JdbcClient jdbc,
            Requirements requirements,
            CreditPolicies policies,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.requirements = requirements;
        this.policies = policies;
        this.clock = clock;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Holds the basis in share mode for the rest of the writer's transaction: a rebuild waits for it. */
    void holdBasis() {
        jdbc.sql("select id from credit_standing_basis where id = 1 for share")
                .query(Integer.class)
                .single();
    }

    /**
     * Refreshes the standing of each cadre from their yearly totals, in the caller's transaction: two statements
     * however many cadres (a bulk write of 50,000 entries refreshes 10,000 at once). The first locks the cadres'
     * rows in id order, so that two writers of the same cadres lock them in the same order; the second, begun after
     * the locks, sees every total committed before it.
     */
    void refresh(Collection<Long> cadreIds) {
        Long[] cadres = cadreIds.stream().sorted().distinct().toArray(Long[]::new);
        if (cadres.length == 0) {
            return;
        }
        jdbc.sql("insert into credit_standing (cadre_id) select c from unnest(:cadres::bigint[]) as c order by c"
                        + " on conflict (cadre_id) do update set cadre_id = excluded.cadre_id")
                .param("cadres", cadres)
                .update();
        jdbc.sql("update credit_standing s set (" + COLUMNS + ") = (select " + SUMS
                        + " from credit_standing_basis b left join credit_year_total t on t.cadre_id = s.cadre_id"
                        + " and t.year <= b.as_of_year and t.year > b.as_of_year - 11"
                        + " where b.id = 1 group by b.id) where s.cadre_id = any(:cadres::bigint[])")
                .param("cadres", cadres)
                .update();
    }

    /** Rebuilds the standing, in a transaction of its own, when it is not as of this year and these rules. */
    void ensureCurrent() {
        if (!basis().equals(held())) {
            separate.executeWithoutResult(status -> {
                lockBasis();
                // someone else may have rebuilt it while this request waited for the lock
                if (!basis().equals(held())) {
                    rebuild();
                }
            });
        }
    }

    /** Rebuilds every cadre's standing from the yearly totals, as of this year and the current rules. */
    void rebuild() {
        lockBasis();
        Map<String, Object> basis = basis();
        jdbc.sql("""
                        update credit_standing_basis set as_of_year = :as_of_year, ft_county_years = :ft_county_years,
                            ft_section_years = :ft_section_years, online_county_years = :online_county_years,
                            online_section_years = :online_section_years, carry_over = :carry_over,
                            ft_section_hours = :ft_section_hours, online_county_hours = :online_county_hours,
                            online_section_hours = :online_section_hours
                        where id = 1
                        """).params(basis).update();
        jdbc.sql("delete from credit_standing").update();
        jdbc.sql("insert into credit_standing (cadre_id, " + COLUMNS + ") select t.cadre_id, " + SUMS
                        + " from credit_year_total t cross join credit_standing_basis b where b.id = 1"
                        + " and t.year > b.as_of_year - 11 and t.year <= b.as_of_year group by t.cadre_id, b.id")
                .update();
    }

    private void lockBasis() {
        jdbc.sql("select id from credit_standing_basis where id = 1 for update")
                .query(Integer.class)
                .single();
    }

    private Map<String, Object> held() {
        return jdbc.sql("select as_of_year, ft_county_years, ft_section_years, online_county_years,"
                        + " online_section_years, carry_over, ft_section_hours, online_county_hours,"
                        + " online_section_hours from credit_standing_basis where id = 1")
                .query()
                .singleRow();
    }

    private Map<String, Object> basis() {
        List<Requirement> all = requirements.all();
        Map<String, Object> basis = new HashMap<>();
        basis.put("as_of_year", Year.now(clock).getValue());
        basis.put(
                "ft_county_years",
                of(all, Requirement.COUNTY_AND_ABOVE, CreditCategory.FULL_TIME).periodYears());
        basis.put(
                "ft_section_years",
                of(all, Requirement.SECTION_AND_BELOW, CreditCategory.FULL_TIME).periodYears());
        basis.put(
                "online_county_years",
                of(all, Requirement.COUNTY_AND_ABOVE, CreditCategory.ONLINE).periodYears());
        basis.put(
                "online_section_years",
                of(all, Requirement.SECTION_AND_BELOW, CreditCategory.ONLINE).periodYears());
        basis.put("carry_over", policies.current().carryOver());
        basis.put(
                "ft_section_hours",
                of(all, Requirement.SECTION_AND_BELOW, CreditCategory.FULL_TIME)
                        .hours()
                        .value());
        basis.put(
                "online_county_hours",
                of(all, Requirement.COUNTY_AND_ABOVE, CreditCategory.ONLINE)
                        .hours()
                        .value());
        basis.put(
                "online_section_hours",
                of(all, Requirement.SECTION_AND_BELOW, CreditCategory.ONLINE)
                        .hours()
                        .value());
        return basis;
    }

    private static Requirement of(List<Requirement> all, String tier, CreditCategory category) {
        return Requirements.of(all, tier, category);
    }
}
