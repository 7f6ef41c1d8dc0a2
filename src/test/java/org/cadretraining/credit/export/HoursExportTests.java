package org.cadretraining.credit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.credit.CreditCategory;
import org.cadretraining.credit.CreditLedger;
import org.cadretraining.credit.CreditSource;
import org.cadretraining.credit.NewCreditEntry;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@AccountWebTest
class HoursExportTests {

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    CreditLedger ledger;

    @Autowired
    MockMvc mvc;

    final String prefix = UUID.randomUUID().toString().substring(0, 6);
    long committee;
    long schoolA;
    long schoolB;
    long wang;
    long zhao;

    @BeforeEach
    void world() {
        committee = unit("PC", null);
        schoolA = unit("A", committee);
        schoolB = unit("B", committee);
        wang = cadre("1", "王芳", schoolA);
        zhao = cadre("2", "赵强", schoolB);
        earn(wang, "2026-03-01", CreditCategory.FULL_TIME, "12");
        earn(wang, "2026-04-01", CreditCategory.ONLINE, "1.5");
        earn(wang, "2025-04-01", CreditCategory.ONLINE, "9");
    }

    @Test
    void theCsvListsEveryCadreOfTheSubtreeWithTheYearsHoursByCategoryInTheDocumentedLayout() throws Exception {
        byte[] body = mvc.perform(get("/credit/hours-export/hours.csv")
                        .param("unitId", "" + committee)
                        .param("year", "2026")
                        .with(as(TestPrincipal.organiser())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(csv)
                .isEqualTo(
                        "\uFEFFstaff_number,name,unit_code,unit_name,year,full_time_hours,online_hours,total_hours\r\n"
                                + "\"" + prefix + "1\",\"王芳\",\"" + prefix + "A\",\"A" + prefix
                                + "\",2026,12.00,1.50,13.50\r\n"
                                + "\"" + prefix + "2\",\"赵强\",\"" + prefix + "B\",\"B" + prefix
                                + "\",2026,0.00,0.00,0.00\r\n");
    }

    @Test
    void theApiAnswersJsonAndALiaisonGetsOnlyTheirSubtree() throws Exception {
        String json = mvc.perform(
                        get("/api/v1/credit/hours").param("year", "2026").with(as(TestPrincipal.liaison(schoolA))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"staffNumber\":\"" + prefix + "1\"", "\"fullTime\":12.00", "\"online\":1.50");
        assertThat(json).doesNotContain(prefix + "2");

        mvc.perform(get("/api/v1/credit/hours")
                        .param("year", "2026")
                        .param("unitId", "" + committee)
                        .with(as(TestPrincipal.liaison(schoolA))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/credit/hours-export/hours.xlsx").param("year", "2026").with(as(TestPrincipal.cadre(wang))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/credit/hours/export.xlsx")
                        .param("year", "2026")
                        .param("unitId", "" + schoolA)
                        .with(as(TestPrincipal.liaison(schoolA))))
                .andExpect(status().isOk());
    }

    private void earn(long cadre, String day, CreditCategory category, String hours) {
        ledger.record(List.of(new NewCreditEntry(
                cadre,
                LocalDate.parse(day),
                category,
                category == CreditCategory.ONLINE ? CreditSource.ONLINE : CreditSource.COURSE,
                null,
                "test:" + prefix + day + category,
                CreditHours.of(hours),
                new LocalizedText("测试", "test"),
                "test")));
    }

    private long unit(String code, Long parent) {
        return directory.registerUnit(new UnitDetails(
                prefix + code, new LocalizedText(code + prefix, code), UnitKind.DEPARTMENT, parent, true));
    }

    private long cadre(String number, String name, long unit) {
        return directory.registerCadre(new CadreDetails(
                prefix + number, name, Gender.FEMALE, unit, "科员", "Officer", "SECTION", "", "", "", "", true));
    }
}
