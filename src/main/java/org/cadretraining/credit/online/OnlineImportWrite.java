package org.cadretraining.credit.online;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadretraining.credit.BulkLedger;
import org.cadretraining.credit.CreditCategory;
import org.cadretraining.credit.CreditSource;
import org.cadretraining.credit.NewCreditEntry;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a checked job's records, all in one transaction, a portion at a time with a few set-based statements: the
 * records not counted before go into {@code online_record} (its natural key skips the others), each becomes a ledger
 * entry explained by the rule version and row that counted it, and the record keeps the entry's id. The ledger moves
 * the yearly totals and standing in the same transaction, so compliance is current the moment the job is done.
 */
@Component
class OnlineImportWrite {

    private static final int PORTION = 5000;

    private final JdbcClient jdbc;
    private final BulkLedger ledger;
    private final OnlineRules rules;
    private final OnlineExplanation explanation;
    private final OnlineImportJobs jobs;
    private final TransactionTemplate transaction;

    OnlineImportWrite(
            JdbcClient jdbc,
            BulkLedger ledger,
            OnlineRules rules,
            OnlineExplanation explanation,
            OnlineImportJobs jobs,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.rules = rules;
        this.explanation = explanation;
        this.jobs = jobs;
        this.transaction = new TransactionTemplate(transactions);
    }

    private record Written(
            long id,
            long cadreId,
            String title,
            LocalDate completedOn,
            Integer minutes,
            boolean testPassed,
            BigDecimal hours,
            Integer ruleVersion,
            Integer rulePosition) {}

    /** Returns how many records were new; the others had been counted by an earlier file. */
    int run(long jobId, OnlineAcademy academy, String by) {
        Integer written = transaction.execute(status -> {
            int last = jdbc.sql("select coalesce(max(row_number), 0) from online_import_row where job_id = ?")
                    .param(jobId)
                    .query(Integer.class)
                    .single();
            Map<Integer, OnlineRule> versions = new HashMap<>();
            int fresh = 0;
            for (int from = 1; from <= last; from += PORTION) {
                fresh += portion(jobId, academy, by, from, from + PORTION - 1, versions);
                jobs.writtenSoFar(jobId, Math.min(last, from + PORTION - 1));
            }
            jdbc.sql("delete from online_import_row where job_id = ?")
                    .param(jobId)
                    .update();
            return fresh;
        });
        return written == null ? 0 : written;
    }

    private int portion(
            long jobId, OnlineAcademy academy, String by, int from, int to, Map<Integer, OnlineRule> versions) {
        List<Written> records = jdbc.sql("""
                        insert into online_record (academy_id, cadre_id, title, title_key, completed_on, minutes,
                                                   credited_hours, test_passed, hours, rule_version, rule_position,
                                                   import_job_id)
                        select ?, cadre_id, title, title_key, completed_on, minutes, credited_hours, test_passed,
                               hours, rule_version, rule_position, job_id
                          from online_import_row
                         where job_id = ? and row_number between ? and ?
                         order by row_number
                        on conflict do nothing
                        returning id, cadre_id, title, completed_on, minutes, test_passed, hours, rule_version,
                                  rule_position
                        """)
                .params(academy.id(), jobId, from, to)
                .query((rs, n) -> new Written(
                        rs.getLong("id"),
                        rs.getLong("cadre_id"),
                        rs.getString("title"),
                        rs.getObject("completed_on", LocalDate.class),
                        rs.getObject("minutes", Integer.class),
                        rs.getBoolean("test_passed"),
                        rs.getBigDecimal("hours"),
                        rs.getObject("rule_version", Integer.class),
                        rs.getObject("rule_position", Integer.class)))
                .list();
        if (records.isEmpty()) {
            return 0;
        }
        List<NewCreditEntry> entries = new ArrayList<>(records.size());
        for (Written r : records) {
            entries.add(new NewCreditEntry(
                    r.cadreId(),
                    r.completedOn(),
                    CreditCategory.ONLINE,
                    CreditSource.ONLINE,
                    null,
                    "online-record:" + r.id(),
                    CreditHours.of(r.hours()),
                    explain(r, academy, versions),
                    by));
        }
        List<Long> entryIds = ledger.recordAll(entries);
        Long[] recordIds = records.stream().map(Written::id).toArray(Long[]::new);
        jdbc.sql("""
                        update online_record r set credit_entry_id = link.entry
                          from unnest(?::bigint[], ?::bigint[]) as link(record, entry)
                         where r.id = link.record
                        """).params(recordIds, entryIds.toArray(Long[]::new)).update();
        return records.size();
    }

    private LocalizedText explain(Written r, OnlineAcademy academy, Map<Integer, OnlineRule> versions) {
        if (r.ruleVersion() == null) {
            return explanation.credited(r.title(), academy.name(), CreditHours.of(r.hours()));
        }
        // counted again by the very version that counted it when the file was checked: the same row, the same hours
        OnlineRule rule = versions.computeIfAbsent(r.ruleVersion(), rules::version);
        return explanation.byRule(
                r.title(), academy.name(), r.minutes(), rule, rule.count(r.minutes(), r.testPassed()));
    }
}
