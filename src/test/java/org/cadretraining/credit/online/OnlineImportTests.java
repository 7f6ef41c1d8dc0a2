package org.cadretraining.credit.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.credit.CreditEntryView;
import org.cadretraining.credit.CreditLedger;
import org.cadretraining.credit.YearTotals;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@AccountWebTest
class OnlineImportTests {

    @Autowired
    OnlineImports imports;

    @Autowired
    OnlineAcademies academies;

    @Autowired
    OnlineRules rules;

    @Autowired
    CreditLedger ledger;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    final CurrentUser organiser = TestPrincipal.organiser();
    OnlineWorld world;
    long zhang;
    long li;
    long academy;

    @BeforeEach
    void world() {
        world = new OnlineWorld(directory);
        zhang = world.cadre("张伟" + world.prefix, world.schoolA);
        li = world.cadre("李娜" + world.prefix, world.schoolB);
        Map<RecordField, String> mapping = new EnumMap<>(RecordField.class);
        mapping.put(RecordField.STAFF_NUMBER, "学员编号");
        mapping.put(RecordField.NAME, "姓名");
        mapping.put(RecordField.UNIT, "单位");
        mapping.put(RecordField.TITLE, "课程");
        mapping.put(RecordField.MINUTES, "学习时长");
        mapping.put(RecordField.COMPLETED_ON, "完成时间");
        mapping.put(RecordField.TEST_PASSED, "考试");
        academy = academies.save(null, "中国干部网络学院" + world.prefix, mapping, organiser);
    }

    String goodFile() {
        return "学员编号,姓名,单位,课程,学习时长,完成时间,考试\n"
                + world.staffNumber(1) + ",,,党史专题,45,2026-03-17,是\n"
                + world.staffNumber(1) + ",,,公文写作,20,2026/4/2,否\n"
                + ",李娜" + world.prefix + ",化学工程学院" + world.prefix + ",保密常识,10,2026年5月6日,合格\n";
    }

    @Test
    void aGoodFileIsCheckedPreviewedAndWrittenEachRecordExplainedByItsRow() {
        OnlineImportJob checked = importFile(goodFile());
        assertThat(checked.status()).as(checked.toString()).isEqualTo(OnlineImportStatus.CHECKED);
        assertThat(checked.knownCount()).isZero();
        assertThat(ledger.entriesOf(zhang)).isEmpty();

        OnlineImportJob done = write(checked);
        assertThat(done.status()).isEqualTo(OnlineImportStatus.DONE);
        assertThat(done.newCount()).isEqualTo(3);

        List<CreditEntryView> entries = ledger.entriesOf(zhang);
        assertThat(entries).hasSize(2);
        assertThat(entries).extracting(e -> e.hours().toString()).containsExactlyInAnyOrder("1.50", "0.50");
        assertThat(entries.stream()
                        .filter(e -> e.hours().equals(CreditHours.of("1.5")))
                        .findFirst()
                        .orElseThrow()
                        .explanation()
                        .zh())
                .contains("第1版第1行“30分钟及以上计1.00学时”", "测试合格另加0.50学时", "共计1.50学时");
        assertThat(ledger.totalsOf(zhang)).containsExactly(new YearTotals(2026, CreditHours.ZERO, CreditHours.of("2")));
        assertThat(ledger.totalsOf(li)).containsExactly(new YearTotals(2026, CreditHours.ZERO, CreditHours.of("0.75")));
        // each record's entry names it, and the record keeps the version and row that counted it
        assertThat(jdbc.sql("select count(*) from online_record r join credit_entry e on e.cadre_id = r.cadre_id"
                                + " and e.source = 'ONLINE' and e.source_ref = 'online-record:' || r.id"
                                + " where r.cadre_id = ? and r.rule_version = 1")
                        .param(zhang)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void theSameFileImportedAgainCountsNothingTwice() {
        write(importFile(goodFile()));
        OnlineImportJob again = importFile(goodFile());
        assertThat(again.status()).isEqualTo(OnlineImportStatus.CHECKED);
        assertThat(again.knownCount()).isEqualTo(3);

        OnlineImportJob done = write(again);
        assertThat(done.newCount()).isZero();
        assertThat(ledger.entriesOf(zhang)).hasSize(2);
        assertThat(ledger.totalsOf(zhang)).containsExactly(new YearTotals(2026, CreditHours.ZERO, CreditHours.of("2")));
    }

    @Test
    void aFileWithOneBadRowWritesNothingAndReportsEveryProblemByRowAndField() {
        String bad = goodFile() + "NOPE-1,,,党史专题,45,2026-03-17,是\n" + world.staffNumber(1) + ",,,,abc,2026-02-30,也许\n";
        OnlineImportJob rejected = importFile(bad);
        assertThat(rejected.status()).isEqualTo(OnlineImportStatus.REJECTED);
        assertThat(rejected.errorCount()).isEqualTo(5);
        assertThat(ledger.entriesOf(zhang)).isEmpty();
        assertThat(jdbc.sql("select count(*) from online_import_row where job_id = ?")
                        .param(rejected.id())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select row_number || ':' || field || ':' || message_key from online_import_problem"
                                + " where job_id = ? order by row_number, field")
                        .param(rejected.id())
                        .query(String.class)
                        .list())
                .containsExactly(
                        "5:STAFF_NUMBER:credit.online.problem.unknownStaffNumber",
                        "6:COMPLETED_ON:credit.online.problem.date",
                        "6:MINUTES:credit.online.problem.minutes",
                        "6:TEST_PASSED:credit.online.problem.passed",
                        "6:TITLE:credit.online.problem.title");
        assertThatThrownBy(() -> imports.write(rejected.id(), organiser))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "credit.online.import.notWritable");
    }

    @Test
    void aChangeOfTheRuleLeavesPastRecordsAndTheirExplanationsAsTheyWere() {
        write(importFile(goodFile()));
        List<String> before = explanations(zhang);

        OnlineRuleForm changed = OnlineRuleForm.of(rules.current());
        changed.getRows().get(0).setHours(new BigDecimal("2"));
        changed.setTestBonus(new BigDecimal("1"));
        OnlineRule next = rules.change(changed, organiser);
        assertThat(next.count(45, true).total()).isEqualTo(CreditHours.of("3"));

        write(importFile(goodFile()));
        assertThat(explanations(zhang)).isEqualTo(before);
        assertThat(ledger.totalsOf(zhang)).containsExactly(new YearTotals(2026, CreditHours.ZERO, CreditHours.of("2")));

        // a new record is counted by the new version, and says so
        String later = "学员编号,姓名,单位,课程,学习时长,完成时间,考试\n" + world.staffNumber(1) + ",,,廉政教育,60,2026-06-01,是\n";
        write(importFile(later));
        assertThat(explanations(zhang))
                .anyMatch(text ->
                        text.contains("第" + next.version() + "版第1行“30分钟及以上计2.00学时”") && text.contains("共计3.00学时"));
        restoreDefaultRule();
    }

    @Test
    void onlyTheOrganisationDepartmentImportsOnlineRecords() throws Exception {
        CurrentUser liaison = TestPrincipal.liaison(world.schoolA);
        assertThatThrownBy(() -> imports.submit(academy, "a.csv", bytes(goodFile()), liaison))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("kind", DomainException.Kind.FORBIDDEN);
        mvc.perform(get("/credit/online/imports").with(TestPrincipal.as(TestPrincipal.cadre(zhang))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/credit/online/rule").with(TestPrincipal.as(liaison))).andExpect(status().isForbidden());
        mvc.perform(multipart("/credit/online/imports")
                        .file(new MockMultipartFile(
                                "file", "a.csv", "text/csv", goodFile().getBytes(StandardCharsets.UTF_8)))
                        .param("academy", "" + academy)
                        .with(csrf())
                        .with(TestPrincipal.as(liaison)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from online_import_job where academy_id = ?")
                        .param(academy)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aJobWhoseNodeStoppedMovingItIsFailedByAnyNodeThatReadsIt() {
        long id = jdbc.sql("""
                        insert into online_import_job (academy_id, file_name, status, requested_by, requested_at,
                                                       updated_at, total_rows, written_rows)
                        values (?, 'lost.csv', 'WRITING', 'someone', now(), now() - interval '6 minutes', 10, 5)
                        returning id
                        """).param(academy).query(Long.class).single();
        OnlineImportJob job = imports.job(id, organiser);
        assertThat(job.status()).isEqualTo(OnlineImportStatus.FAILED);
        assertThat(job.failure()).isEqualTo("credit.online.import.abandoned");
        assertThat(job.writtenRows()).isZero();
    }

    private void restoreDefaultRule() {
        OnlineRuleForm back = OnlineRuleForm.of(OnlineRuleTests.DEFAULT);
        rules.change(back, organiser);
    }

    private List<String> explanations(long cadre) {
        return ledger.entriesOf(cadre).stream()
                .map(e -> e.explanation().zh() + "|" + e.explanation().en())
                .sorted()
                .toList();
    }

    OnlineImportJob importFile(String csv) {
        try {
            return finished(imports.submit(academy, "records.csv", bytes(csv), organiser));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    OnlineImportJob write(OnlineImportJob checked) {
        return finished(imports.write(checked.id(), organiser));
    }

    OnlineImportJob finished(OnlineImportJob job) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        OnlineImportJob now = job;
        while (now.running() && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            now = imports.job(job.id(), organiser);
        }
        return now;
    }

    static ByteArrayResource bytes(String csv) {
        return new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8));
    }
}
