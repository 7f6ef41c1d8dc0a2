package org.cadretraining.credit.superior;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.credit.CreditEntryView;
import org.cadretraining.credit.CreditLedger;
import org.cadretraining.credit.CreditSource;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@AccountWebTest
class SuperiorCourseTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    SuperiorCourses courses;

    @Autowired
    SuperiorCourseRecords records;

    @Autowired
    CreditLedger ledger;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    MockMvc mvc;

    final String prefix = UUID.randomUUID().toString().substring(0, 6);
    final CurrentUser organiser = TestPrincipal.organiser();
    long schoolA;
    long schoolB;
    List<Long> inA = new ArrayList<>();
    long inB;

    @BeforeEach
    void world() {
        long committee = unit("PC", null);
        schoolA = unit("A", committee);
        schoolB = unit("B", committee);
        for (int i = 1; i <= 3; i++) {
            inA.add(cadre("A" + i, "王" + prefix + i, schoolA));
        }
        inB = cadre("B1", "赵" + prefix, schoolB);
    }

    @Test
    void theOrganiserRecordsOneCourseForPastedAndPickedCadresAndEachEntryLinksToIt() throws Exception {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("line:1", prefix + "A1");
        given.put("line:2", "王" + prefix + "2");
        AttendeeList attendees = courses.attendees(List.of(inB), given, organiser);
        assertThat(attendees.problems()).isEmpty();
        assertThat(attendees.found()).extracting(Attendee::cadreId).containsExactly(inB, inA.get(0), inA.get(1));

        long id = courses.record(facts(), "notice.pdf", PDF, List.of(inB, inA.get(0), inA.get(1)), organiser);

        for (long cadre : List.of(inB, inA.get(0), inA.get(1))) {
            CreditEntryView entry = ledger.entriesOf(cadre).getFirst();
            assertThat(entry.source()).isEqualTo(CreditSource.EXTERNAL);
            assertThat(entry.sourceRef()).isEqualTo("superior-course:" + id);
            assertThat(entry.hours()).isEqualTo(CreditHours.of("30"));
            assertThat(entry.explanation().zh())
                    .isEqualTo("上级调训：《学习贯彻党的二十届四中全会精神专题培训班》（省委组织部），2026-05-10至2026-05-14，计30.00学时。");
            assertThat(entry.explanation().en())
                    .isEqualTo("Sent by a superior body: \u201c学习贯彻党的二十届四中全会精神专题培训班\u201d (省委组织部),"
                            + " 2026-05-10 to 2026-05-14, 30.00 credit hours.");
        }
        assertThat(ledger.entriesOf(inA.get(2))).isEmpty();
        assertThat(records.attendeesOf(id, organiser)).hasSize(3);
        // the course's five days are days of full-time training, toward a requirement met by days
        for (long cadre : List.of(inB, inA.get(0), inA.get(1))) {
            assertThat(jdbc.sql("select ft_days from credit_year_total where cadre_id = ? and year = 2026")
                            .param(cadre)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(5);
        }
    }

    @Test
    void aLineNamingNobodyOrSomeoneOutsideTheLiaisonsSubtreeIsAProblemNeverAGuess() {
        CurrentUser liaisonA = TestPrincipal.liaison(schoolA);
        Map<String, String> given = new LinkedHashMap<>();
        given.put("line:1", prefix + "A1");
        given.put("line:2", prefix + "B1");
        given.put("line:3", "无此人");
        AttendeeList attendees = courses.attendees(List.of(), given, liaisonA);
        assertThat(attendees.found()).extracting(Attendee::cadreId).containsExactly(inA.get(0));
        assertThat(attendees.problems()).extracting(AttendeeProblem::source).containsExactly("line:2", "line:3");
        assertThat(attendees.isGood()).isFalse();

        assertThatThrownBy(() -> courses.record(facts(), "n.pdf", PDF, List.of(inA.get(0), inB), liaisonA))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "credit.superior.attendeesRequired");
        assertThat(ledger.entriesOf(inA.get(0))).isEmpty();
    }

    @Test
    void aCadreRecordsNoCourseAndALiaisonSeesOnlyCoursesOfTheirSubtree() throws Exception {
        long id = courses.record(facts(), "notice.pdf", PDF, List.of(inB), organiser);
        CurrentUser cadre = TestPrincipal.cadre(inA.get(0));
        assertThatThrownBy(() -> courses.attendees(List.of(), Map.of("line:1", prefix + "A1"), cadre))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("kind", DomainException.Kind.FORBIDDEN);
        mvc.perform(get("/credit/superior").with(as(cadre))).andExpect(status().isForbidden());
        mvc.perform(get("/credit/superior/{id}", id).with(as(TestPrincipal.liaison(schoolA))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/credit/superior/{id}/evidence", id).with(as(TestPrincipal.liaison(schoolB))))
                .andExpect(status().isOk());
    }

    @Test
    void theFormKeepsTheInputAndNamesEachBadFieldInTheReadersLanguage() throws Exception {
        String page = mvc.perform(multipart("/credit/superior")
                        .param("kind", "HIGHER_LEVEL")
                        .param("title", "培训班" + prefix)
                        .param("provider", "")
                        .param("startsOn", "2026-05-10")
                        .param("endsOn", "2027-01-02")
                        .param("hours", "1.3")
                        .param("pasted", prefix + "A1")
                        .param("action", "record")
                        .param("lang", "en")
                        .with(csrf())
                        .with(as(organiser)))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("培训班" + prefix)
                .contains("Who held the course is required.")
                .contains("The first and last day must fall in the same year")
                .contains("The credit hours must be above 0 and below 10000, in steps of 0.25.");
        assertThat(ledger.entriesOf(inA.get(0))).isEmpty();
    }

    @Test
    void thirtyCadresFromAnAttendeeFileGetOneEntryEach() throws Exception {
        StringBuilder csv = new StringBuilder("工号\n");
        List<Long> thirty = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            thirty.add(cadre("F" + i, "学员" + prefix + i, schoolB));
            csv.append(prefix).append("F").append(i).append('\n');
        }
        mvc.perform(multipart("/credit/superior")
                        .file(new MockMultipartFile(
                                "attendeeFile",
                                "list.csv",
                                "text/csv",
                                csv.toString().getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile("evidence", "notice.pdf", "application/pdf", PDF))
                        .param("kind", "OTHER_INSTITUTION")
                        .param("title", "乡村振兴专题研讨班")
                        .param("provider", "浙江大学")
                        .param("startsOn", "2026-06-01")
                        .param("endsOn", "2026-06-05")
                        .param("hours", "24")
                        .param("action", "record")
                        .with(csrf())
                        .with(as(organiser)))
                .andExpect(status().is3xxRedirection());
        for (long cadre : thirty) {
            assertThat(ledger.entriesOf(cadre)).hasSize(1);
        }
    }

    private SuperiorCourses.Facts facts() {
        return new SuperiorCourses.Facts(
                SuperiorKind.HIGHER_LEVEL,
                "学习贯彻党的二十届四中全会精神专题培训班",
                "省委组织部",
                LocalDate.parse("2026-05-10"),
                LocalDate.parse("2026-05-14"),
                CreditHours.of("30"));
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
