package org.cadretraining.credit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's write for many entries at once (an online academy's file of 50,000 records): the same entries and
 * the same guarantee as {@link CreditLedger#record}, one entry per cadre, source and reference, the yearly totals
 * and each cadre's standing moved in the caller's transaction, but with three statements for the whole list
 * instead of three per entry.
 */
@Service
public class BulkLedger {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CreditTotals totals;
    private final BulkTotals bulkTotals;
    private final StandingWrites standing;

    BulkLedger(JdbcClient jdbc, Clock clock, CreditTotals totals, BulkTotals bulkTotals, StandingWrites standing) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.totals = totals;
        this.bulkTotals = bulkTotals;
        this.standing = standing;
    }

    /**
     * Writes the entries in the caller's transaction and returns, for each entry in order, the id of the new ledger
     * entry, or {@code null} where that entry had been written before (nothing changes for it).
     */
    @Transactional
    public List<Long> recordAll(List<NewCreditEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        int n = entries.size();
        Long[] cadres = new Long[n];
        String[] days = new String[n];
        String[] categories = new String[n];
        String[] sources = new String[n];
        Long[] courses = new Long[n];
        String[] refs = new String[n];
        String[] hours = new String[n];
        String[] zh = new String[n];
        String[] en = new String[n];
        String[] by = new String[n];
        String[] rules = new String[n];
        Boolean[] onTheJob = new Boolean[n];
        for (int i = 0; i < n; i++) {
            NewCreditEntry e = entries.get(i);
            cadres[i] = e.cadreId();
            days[i] = e.earnedOn().toString();
            categories[i] = e.category().name();
            sources[i] = e.source().name();
            courses[i] = e.courseId();
            refs[i] = e.sourceRef();
            hours[i] = e.hours().value().toPlainString();
            zh[i] = e.explanation().zh();
            en[i] = e.explanation().en();
            by[i] = e.recordedBy();
            rules[i] = e.ruleVersion();
            onTheJob[i] = e.onTheJob();
        }
        standing.holdBasis();
        Map<String, Long> written = new HashMap<>();
        jdbc.sql("""
                        insert into credit_entry (cadre_id, year, earned_on, category, source, course_id, source_ref,
                                                  hours, explanation_zh, explanation_en, recorded_at, recorded_by,
                                                  rule_version, on_the_job)
                        select cadre, extract(year from day)::int, day, category, source, course, ref, hours, zh, en,
                               ?, by, rule, counts
                          from unnest(?::bigint[], ?::date[], ?::text[], ?::text[], ?::bigint[], ?::text[],
                                      ?::numeric[], ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[])
                               as e(cadre, day, category, source, course, ref, hours, zh, en, by, rule, counts)
                        on conflict do nothing
                        returning id, cadre_id, source, source_ref
                        """)
                .params(
                        Timestamp.from(clock.instant()),
                        cadres,
                        days,
                        categories,
                        sources,
                        courses,
                        refs,
                        hours,
                        zh,
                        en,
                        by,
                        rules,
                        onTheJob)
                .query(rs -> {
                    written.put(
                            key(rs.getLong("cadre_id"), rs.getString("source"), rs.getString("source_ref")),
                            rs.getLong("id"));
                });
        List<Long> ids = new ArrayList<>(n);
        List<BulkTotals.Delta> deltas = new ArrayList<>(written.size());
        for (NewCreditEntry e : entries) {
            // a list naming the same entry twice writes it once: only its first mention gets the id
            Long id = written.remove(key(e.cadreId(), e.source().name(), e.sourceRef()));
            ids.add(id);
            if (id != null) {
                if (e.countsTrainingDays()) {
                    // days of full-time training, each once: few rows here (a superior body's course), none online
                    totals.countDays(e.cadreId(), e.trainingFrom(), e.earnedOn());
                }
                deltas.add(new BulkTotals.Delta(
                        e.cadreId(),
                        e.earnedOn(),
                        e.category(),
                        e.source(),
                        e.hours().value(),
                        e.onTheJob()));
            }
        }
        bulkTotals.addAll(deltas);
        standing.refresh(deltas.stream().map(BulkTotals.Delta::cadreId).toList());
        return ids;
    }

    private static String key(long cadreId, String source, String ref) {
        return cadreId + "\u0000" + source + "\u0000" + ref;
    }
}
