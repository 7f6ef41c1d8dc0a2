package org.cadretraining.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.AdjustableClock;
import org.cadretraining.organisation.OrganisationDirectory;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The compliance workbook says when it was taken in the institution's time (Asia/Shanghai): exported at 23:14 UTC on
 * 5 December, it says 6 December 07:14, the day and hour in Beijing, not UTC's.
 */
@AccountWebTest
class ComplianceExportTimeTests {

    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-12-05T23:14:00Z");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CreditLedger ledger;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    AdjustableClock clock;

    CreditFixture world;
    Instant before;

    @BeforeEach
    void world() {
        before = clock.instant();
        world = new CreditFixture(directory, ledger);
    }

    /** The clock is shared by every test of the context. */
    @AfterEach
    void putTheClockBack() {
        clock.setTo(before);
    }

    @Test
    void theExportIsStampedWithTheInstitutionsLocalTimeNotUtc() throws Exception {
        world.cadre("待补学时", world.schoolA, "SECTION");
        clock.setTo(LATE_EVENING_UTC);

        MvcTestResult result = mvc.get()
                .uri("/credit/compliance.xlsx?unitId={u}", world.committee)
                .with(as(world.organiser))
                .exchange();

        assertThat(result).hasStatusOk();
        try (ReadableWorkbook workbook = new ReadableWorkbook(
                new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("未达标干部", "说明");
            List<Row> about;
            try (Stream<Row> rows = sheets.get(1).openStream()) {
                about = rows.toList();
            }
            assertThat(about.get(0).getCellText(0)).isEqualTo("导出时间");
            assertThat(about.get(0).getCell(1).asDate()).isEqualTo(LocalDateTime.of(2026, 12, 6, 7, 14));
            assertThat(about.get(1).getCellText(1)).isEqualTo("Asia/Shanghai");
        }
    }
}
