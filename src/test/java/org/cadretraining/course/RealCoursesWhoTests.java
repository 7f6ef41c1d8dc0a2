package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseSetup.NewCourse;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.yaml.snakeyaml.Yaml;

/**
 * Real courses of other shapes (the project's {@code real-courses.yaml}) entered through the course service with who
 * runs them and who they are for, and read back as other modules read them. The facts come from the file; only what
 * a report is silent about (the training form, cohort dates within the course) is filled in here, as the file allows.
 */
@SpringBootTest
class RealCoursesWhoTests {

    private static final Path REAL_COURSES = RealCourseRecords.FILE;

    @Autowired
    CourseSetup setup;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    OrganisationDirectory directory;

    List<Map<String, Object>> courses;
    String prefix;
    int units;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void read() throws IOException {
        try (InputStream in = Files.newInputStream(REAL_COURSES)) {
            courses = (List<Map<String, Object>>) new Yaml().load(in);
        }
        prefix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theHybridCourseOfTwoOrganisersKeepsBothInOrderAndItsAudience() {
        Map<String, Object> real = course("学习贯彻党的二十届三中全会精神集中培训");
        List<Long> organisers = unitsOf(real, "organisers");

        CourseSummary read = enter(real, organisers, List.of(), TrainingForm.HYBRID, List.of(), null);

        assertThat(organisers).hasSize(2);
        assertThat(read.organiserUnitIds()).containsExactlyElementsOf(organisers);
        assertThat(read.organiserUnitId()).isEqualTo(organisers.getFirst());
        assertThat(names(read.organiserUnitIds())).containsExactly("湖南省委教育工委", "湖南省教育厅");
        assertThat(names(List.of(read.hostUnitId()))).containsExactly("湖南工商大学");
        assertThat(read.coOrganiserUnitIds()).isEmpty();
        assertThat(read.trainingForm()).isEqualTo(TrainingForm.HYBRID);
        assertThat(read.audience().line().zh()).isEqualTo(who(real));
        assertThat(read.startsOn()).isEqualTo(LocalDate.of(2024, 11, 14));
        assertThat(read.endsOn()).isEqualTo(LocalDate.of(2024, 11, 15));
    }

    @Test
    void theOnlineCourseKeepsItsCoOrganiserApartFromItsOrganiserAndHost() {
        Map<String, Object> real = course("乡村振兴和基层治理专题网络培训班");
        List<Long> organisers = unitsOf(real, "organisers");
        List<Long> coOrganisers = unitsOf(real, "co_organisers");

        CourseSummary read = enter(real, organisers, coOrganisers, TrainingForm.ONLINE, List.of(), null);

        assertThat(names(read.organiserUnitIds())).containsExactly("武汉大学继续教育学院");
        assertThat(names(read.coOrganiserUnitIds())).containsExactly("恩施市委组织部");
        assertThat(names(List.of(read.hostUnitId()))).containsExactly("武汉大学");
        assertThat(read.trainingForm()).isEqualTo(TrainingForm.ONLINE);
        assertThat(read.trainingForm().inPerson()).isFalse();
        assertThat(read.venueSiteId()).isNull();
        assertThat(read.audience().line().zh()).startsWith("village and township (乡村) cadres of Enshi City");
    }

    @Test
    void theCourseRunInTwoCohortsKeepsEachCohortWithItsDays() {
        Map<String, Object> real = course("省直机关第四十四期、四十五期党支部书记培训班");
        LocalDate start = date(real, "start");
        LocalDate end = date(real, "end");
        // the report says "two 3-day cohorts" over the course's six days, back to back
        List<Cohort> cohorts = List.of(
                new Cohort(new LocalizedText("第四十四期", "44th cohort"), start, start.plusDays(2)),
                new Cohort(new LocalizedText("第四十五期", "45th cohort"), start.plusDays(3), end));

        CourseSummary read = enter(real, unitsOf(real, "organisers"), List.of(), TrainingForm.FULL_TIME, cohorts, null);

        assertThat(read.cohorts()).containsExactlyElementsOf(cohorts);
        assertThat(read.cohorts().getLast().endsOn()).isEqualTo(LocalDate.of(2012, 11, 24));
        // "same Party school": the host is the organiser itself
        assertThat(read.hostUnitId()).isEqualTo(read.organiserUnitId());
        assertThat(read.audience().line().zh()).isEqualTo("Party branch secretaries of provincial-level organs (省直机关)");
    }

    @Test
    void theCeremonyOfALongSeriesKeepsItsAudienceAndTheSeriesHistoryAsNotes() {
        Map<String, Object> real = course("38th Xinjiang Public Administration Cadres Training Class");
        @SuppressWarnings("unchecked")
        String history = (String) ((Map<String, Object>) real.get("other")).get("series_history");

        CourseSummary read = enter(
                real,
                unitsOf(real, "organisers"),
                List.of(),
                TrainingForm.FULL_TIME,
                List.of(),
                new LocalizedText(history, history));

        assertThat(read.audience().line().en()).isEqualTo("public-administration cadres from Xinjiang");
        assertThat(read.notes().zh()).isEqualTo("run since 1990; 37 earlier classes; 1,780 trainees before this one");
        assertThat(names(read.organiserUnitIds()))
                .containsExactly("Dalian University of Technology", "Faculty of Humanities and Social Sciences");
        // a morning ceremony: the course has one day, as the report gives no end
        assertThat(read.endsOn()).isEqualTo(read.startsOn()).isEqualTo(LocalDate.of(2014, 10, 21));
    }

    private CourseSummary enter(
            Map<String, Object> real,
            List<Long> organisers,
            List<Long> coOrganisers,
            TrainingForm form,
            List<Cohort> cohorts,
            LocalizedText notes) {
        LocalDate start = date(real, "start");
        LocalDate end = date(real, "end") == null ? start : date(real, "end");
        String host = plain((String) real.get("host_institution"));
        Long hostId = host.startsWith("same") ? organisers.getFirst() : unit(host);
        String titleZh = real.containsKey("title_zh") ? (String) real.get("title_zh") : (String) real.get("title_en");
        String titleEn = real.containsKey("title_en") ? (String) real.get("title_en") : "";
        String who = who(real);
        long id = setup.plan(new NewCourse(
                new LocalizedText(titleZh, titleEn),
                new LocalizedText("", ""),
                organisers,
                coOrganisers,
                hostId,
                null,
                start,
                end,
                // sample: capacity and 学时 are not what these tests are about
                200,
                CreditHours.of("0"),
                TrainingCategory.OTHER,
                form,
                Contact.NONE,
                new Audience(List.of(), List.of(), List.of(), new LocalizedText(who, who)),
                cohorts,
                notes));
        return catalog.course(id).orElseThrow();
    }

    private Map<String, Object> course(String title) {
        return courses.stream()
                .filter(course -> title.equals(course.get("title_zh")) || title.equals(course.get("title_en")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not in real-courses.yaml: " + title));
    }

    @SuppressWarnings("unchecked")
    private static String who(Map<String, Object> real) {
        return ((String) ((Map<String, Object>) real.get("participants")).get("who")).strip();
    }

    @SuppressWarnings("unchecked")
    private static LocalDate date(Map<String, Object> real, String which) {
        Object value = ((Map<String, Object>) real.get("dates")).get(which);
        return value == null ? null : LocalDate.parse(value.toString());
    }

    /** Each unit the course names under {@code key}, registered in the unit tree as an outside institution. */
    @SuppressWarnings("unchecked")
    private List<Long> unitsOf(Map<String, Object> real, String key) {
        List<Long> ids = new ArrayList<>();
        for (String name : (List<String>) real.get(key)) {
            ids.add(unit(plain(name)));
        }
        return ids;
    }

    private long unit(String name) {
        return directory.registerUnit(new UnitDetails(
                prefix + "-" + units++, new LocalizedText(name, name), UnitKind.EXTERNAL_INSTITUTION, null, true));
    }

    private List<String> names(List<Long> unitIds) {
        return unitIds.stream()
                .map(id -> directory.unitName(id).orElseThrow().zh())
                .toList();
    }

    /** A name without the remark the file adds in brackets ("湖南工商大学 (local viewing site)"). */
    private static String plain(String name) {
        return name.replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip();
    }
}
