package org.cadretraining.credit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each cadre's hours inside the window of each requirement, as of the current year: compliance reads one row per
 * cadre from here. A ledger write moves it in the writer's transaction; when the year turns or a requirement's
 * period changes it is rebuilt from the yearly totals. Writers hold the basis row in share mode and a rebuild holds
 * it exclusively, so no write can fall between a rebuild's read and its result.
 */
@Component
class CreditStanding {

    private final JdbcClient jdbc;
    private final Requirements requirements;
    private final Clock clock;
    private final TransactionTemplate separate;

    CreditStanding(JdbcClient jdbc, Requirements requirements, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.requirements = requirements;
        this.clock = clock;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Moves the cadre's standing by an entry's hours, when its year falls inside a requirement's window. */
    void add(long cadreId, int year, CreditCategory category, BigDecimal delta) {
        addAll(List.of(new CreditTotals.Delta(cadreId, year, category, delta)));
    }

    /** Moves the standing of many cadres in one statement, each by the deltas whose year falls in a window. */
    void addAll(List<CreditTotals.Delta> deltas) {
        jdbc.sql("""
                        insert into credit_standing (cadre_id, ft_county, ft_section, online_county, online_section)
                        select d.cadre,
                               sum(case when d.category = 'FULL_TIME' and d.year between b.as_of_year - b.ft_county_years + 1
                                    and b.as_of_year then d.delta else 0 end),
                               sum(case when d.category = 'FULL_TIME' and d.year between b.as_of_year - b.ft_section_years + 1
                                    and b.as_of_year then d.delta else 0 end),
                               sum(case when d.category = 'ONLINE' and d.year between b.as_of_year - b.online_county_years + 1
                                    and b.as_of_year then d.delta else 0 end),
                               sum(case when d.category = 'ONLINE' and d.year between b.as_of_year - b.online_section_years + 1
                                    and b.as_of_year then d.delta else 0 end)
                        from (select * from credit_standing_basis where id = 1 for share) b,
                             unnest(:cadres::bigint[], :years::int[], :categories::text[], :hours::numeric[])
                                 as d(cadre, year, category, delta)
                        group by d.cadre
                        order by d.cadre
                        on conflict (cadre_id) do update set
                            ft_county = credit_standing.ft_county + excluded.ft_county,
                            ft_section = credit_standing.ft_section + excluded.ft_section,
                            online_county = credit_standing.online_county + excluded.online_county,
                            online_section = credit_standing.online_section + excluded.online_section
                        """).params(columns(deltas)).update();
    }

    /** The deltas as the arrays {@code unnest} takes. */
    static Map<String, Object> columns(List<CreditTotals.Delta> deltas) {
        Long[] cadres = new Long[deltas.size()];
        Integer[] years = new Integer[deltas.size()];
        String[] categories = new String[deltas.size()];
        String[] hours = new String[deltas.size()];
        for (int i = 0; i < deltas.size(); i++) {
            CreditTotals.Delta d = deltas.get(i);
            cadres[i] = d.cadreId();
            years[i] = d.year();
            categories[i] = d.category().name();
            hours[i] = d.hours().toPlainString();
        }
        return Map.of("cadres", cadres, "years", years, "categories", categories, "hours", hours);
    }

    /** Rebuilds the standing, in a transaction of its own, when it is not as of this year and these periods. */
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

    /** Rebuilds every cadre's standing from the yearly totals, as of this year and the current periods. */
    void rebuild() {
        lockBasis();
        Map<String, Object> basis = basis();
        jdbc.sql("""
                        update credit_standing_basis set as_of_year = :as_of_year, ft_county_years = :ft_county_years,
                            ft_section_years = :ft_section_years, online_county_years = :online_county_years,
                            online_section_years = :online_section_years
                        where id = 1
                        """).params(basis).update();
        jdbc.sql("delete from credit_standing").update();
        jdbc.sql("""
                        insert into credit_standing (cadre_id, ft_county, ft_section, online_county, online_section)
                        select cadre_id,
                               coalesce(sum(full_time) filter (where year > :as_of_year - :ft_county_years), 0),
                               coalesce(sum(full_time) filter (where year > :as_of_year - :ft_section_years), 0),
                               coalesce(sum(online) filter (where year > :as_of_year - :online_county_years), 0),
                               coalesce(sum(online) filter (where year > :as_of_year - :online_section_years), 0)
                        from credit_year_total
                        where year > :as_of_year - 10 and year <= :as_of_year
                        group by cadre_id
                        """).params(basis).update();
    }

    private void lockBasis() {
        jdbc.sql("select id from credit_standing_basis where id = 1 for update")
                .query(Integer.class)
                .single();
    }

    private Map<String, Object> held() {
        return jdbc.sql("select as_of_year, ft_county_years, ft_section_years, online_county_years,"
                        + " online_section_years from credit_standing_basis where id = 1")
                .query()
                .singleRow();
    }

    private Map<String, Object> basis() {
        List<Requirement> all = requirements.all();
        return Map.of(
                "as_of_year", Year.now(clock).getValue(),
                "ft_county_years", period(all, Requirement.COUNTY_AND_ABOVE, CreditCategory.FULL_TIME),
                "ft_section_years", period(all, Requirement.SECTION_AND_BELOW, CreditCategory.FULL_TIME),
                "online_county_years", period(all, Requirement.COUNTY_AND_ABOVE, CreditCategory.ONLINE),
                "online_section_years", period(all, Requirement.SECTION_AND_BELOW, CreditCategory.ONLINE));
    }

    private static int period(List<Requirement> all, String tier, CreditCategory category) {
        return Requirements.of(all, tier, category).periodYears();
    }
}
