package org.cadretraining.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cadretraining.support.TestPrincipal.as;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A course run for two cohorts back to back, shaped like the Anhui course of real-courses.yaml (the 44th and 45th
 * branch secretaries' courses, three days each, 132 trainees across both): each batch is enrolled into its cohort in
 * one step, a place can be moved to the other cohort on the page or through the API, and a day's sign-in sheet lists
 * only the cohort held that day.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CohortEnrolmentTests {

    private static final LocalDate START = LocalDate.of(2032, 11, 19);

    @Autowired
    BulkEnrolment bulk;

    @Autowired
    ClassMembers members;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    EnrolmentFixture world;
    long course;

    @BeforeEach
    void twoCohorts() {
        world = new EnrolmentFixture(directory, jdbc);
        course = world.course(START, START.plusDays(5), 140);
        cohort(0, "第四十四期", "44th cohort", START, START.plusDays(2));
        cohort(1, "第四十五期", "45th cohort", START.plusDays(3), START.plusDays(5));
        world.agendaItem(course, START, "08:30", "11:30", "OPENING_CEREMONY", "开学典礼");
        world.agendaItem(course, START.plusDays(3), "08:30", "11:30", "LECTURE", "专题辅导");
    }

    @Test
    void eachBatchJoinsItsCohortAndTheClassListSaysWhichCohortEachTraineeIsIn() {
        List<Long> first = secretaries("四十四期支部书记", 66);
        List<Long> second = secretaries("四十五期支部书记", 66);

        BulkReport one = bulk.preview(course, chosen(first), null, 1, world.organiser);
        assertThat(one.cohort()).isEqualTo(1);
        bulk.confirm(course, chosen(first), null, 1, one.token(), world.organiser);
        BulkReport two = bulk.preview(course, chosen(second), null, 2, world.organiser);
        assertThat(two.token())
                .isNotEqualTo(bulk.preview(course, chosen(second), null, 1, world.organiser)
                        .token());
        bulk.confirm(course, chosen(second), null, 2, two.token(), world.organiser);

        Map<Long, Integer> cohortOf =
                members.classList(course).stream().collect(Collectors.toMap(ClassMember::cadreId, ClassMember::cohort));
        assertThat(cohortOf).hasSize(132);
        first.forEach(id -> assertThat(cohortOf.get(id)).isEqualTo(1));
        second.forEach(id -> assertThat(cohortOf.get(id)).isEqualTo(2));
    }

    @Test
    void aCohortTheCourseDoesNotHaveIsRefusedWithTheNumbersItHas() {
        List<Wanted> some = chosen(secretaries("支部书记", 2));
        assertThatThrownBy(() -> bulk.preview(course, some, null, 3, world.organiser))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.getMessage()).isEqualTo("enrolment.cohort.unknown");
                    assertThat(refusal.field()).isEqualTo("cohort");
                });
        long plain = world.course(START, START.plusDays(2), 10);
        assertThatThrownBy(() -> bulk.preview(plain, some, null, 1, world.organiser))
                .hasMessage("enrolment.cohort.noneInCourse");
        assertThat(count(course)).isZero();
    }

    @Test
    void aPlaceMovesToTheOtherCohortOnThePageAndThroughTheApiButNotByALiaison() {
        long cadre = secretaries("调期学员", 1).getFirst();
        bulk.confirm(course, chosen(List.of(cadre)), null, 1, null, world.organiser);
        long place = placeOf(cadre);

        assertThat(
                        mvc.post()
                                .uri("/enrolments/" + place + "/role")
                                .with(as(world.organiser))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("role", "PARTICIPANT")
                                .param("cohort", "2")
                                .exchange())
                .hasStatus3xxRedirection();
        assertThat(cohortOf(cadre)).isEqualTo(2);

        assertThat(put(place, "{\"cohort\": 1}", world.organiser))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.cohort")
                .isEqualTo(1);
        assertThat(put(place, "{\"cohort\": 7}", world.organiser))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("1 至 2");
        assertThat(put(place, "{\"cohort\": 2}", world.liaisonA)).hasStatus(403);
        assertThat(put(place, "{\"cohort\": null}", world.organiser)).hasStatusOk();
        assertThat(cohortOf(cadre)).isNull();

        assertThat(mvc.get()
                        .uri("/courses/" + course + "/enrolment?lang=en")
                        .with(as(world.organiser))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("44th cohort", "45th cohort", "Throughout the course");
    }

    @Test
    void aDaysSignInSheetListsTheCohortHeldThatDayAndThoseWhoTakePartThroughout() throws IOException {
        long early = secretaries("前期学员", 1).getFirst();
        long late = secretaries("后期学员", 1).getFirst();
        long throughout = secretaries("全程班主任", 1).getFirst();
        bulk.confirm(course, chosen(List.of(early)), null, 1, null, world.organiser);
        bulk.confirm(course, chosen(List.of(late)), null, 2, null, world.organiser);
        bulk.confirm(course, chosen(List.of(throughout)), null, null, null, world.organiser);

        assertThat(signIn(START)).contains("前期学员", "全程班主任").doesNotContain("后期学员");
        assertThat(signIn(START.plusDays(3))).contains("后期学员", "全程班主任").doesNotContain("前期学员");
    }

    private String signIn(LocalDate day) throws IOException {
        MvcTestResult result = mvc.get()
                .uri("/courses/" + course + "/sign-in/" + day + ".pdf")
                .with(as(world.organiser))
                .exchange();
        assertThat(result).hasStatusOk();
        try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private MvcTestResult put(long place, String json, org.cadretraining.shared.CurrentUser user) {
        return mvc.put()
                .uri("/api/v1/enrolments/" + place + "/cohort")
                .with(as(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    private List<Long> secretaries(String name, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> world.cadre(name + i, world.schoolA, "SECTION", "党支部书记", true))
                .toList();
    }

    private static List<Wanted> chosen(List<Long> cadres) {
        return cadres.stream().map(Wanted::chosen).toList();
    }

    private void cohort(int position, String zh, String en, LocalDate from, LocalDate to) {
        jdbc.sql("""
                        insert into course_cohort (course_id, position, name_zh, name_en, starts_on, ends_on)
                        values (?, ?, ?, ?, ?, ?)
                        """).params(course, position, zh, en, from, to).update();
    }

    private long placeOf(long cadre) {
        return jdbc.sql("select id from enrolment where course_id = ? and cadre_id = ?")
                .params(course, cadre)
                .query(Long.class)
                .single();
    }

    private Integer cohortOf(long cadre) {
        return members.classList(course).stream()
                .filter(m -> m.cadreId() == cadre)
                .findFirst()
                .orElseThrow()
                .cohort();
    }

    private long count(long courseId) {
        return jdbc.sql("select count(*) from enrolment where course_id = ?")
                .param(courseId)
                .query(Long.class)
                .single();
    }
}
