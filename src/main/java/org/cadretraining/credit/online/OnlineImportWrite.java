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
 * Writes a checked job's records, all in one transaction: a portion at a time, the records not counted before go
 * into {@code online_record} (its natural key skips the others) and each becomes a ledger entry explained by the rule
 * version and row that counted it, whose reference names the record ({@code online-record:<id>}). The entries are
 * written to the ledger together at the end, so the yearly totals and each cadre's standing move once per cadre, not
 * once per portion, in the same transaction: compliance is current the moment the job is done.
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
            List<NewCreditEntry> entries = new ArrayList<>();
            for (int from = 1; from <= last; from += PORTION) {
                entries.addAll(portion(jobId, academy, by, from, from + PORTION - 1, versions));
                jobs.writtenSoFar(jobId, Math.min(last, from + PORTION - 1));
            }
            ledger.recordAll(entries);
            int fresh = entries.size();
            jdbc.sql("delete from online_import_row where job_id = ?")
                    .param(jobId)
                    .update();
            return fresh;
        });
        return written == null ? 0 : written;
    }

    /** The portion's records not counted before, written, and the ledger entries they become. */
    private List<NewCreditEntry> portion(
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
        return entries;
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
