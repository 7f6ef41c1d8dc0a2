package org.cadretraining.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cadretraining.attendance.AttendanceRecords;
import org.cadretraining.attendance.AttendanceStatus;
import org.cadretraining.attendance.ItemAttendance;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.documents.CadreCourses;
import org.cadretraining.documents.CourseParticipants;
import org.cadretraining.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest(properties = "app.demo.enabled=true")
@AutoConfigureMockMvc
class DemoDataTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoData demoData;

    @Autowired
    CourseCatalog courses;

    @Autowired
    AttendanceRecords records;

    @Test
    void publishesTheSeedNewsPageSoThatItReadsAsTheSeedDoes() throws Exception {
        long id = jdbc.sql("select a.id from news_article a join news_translation t on t.article_id = a.id "
                        + "and t.revision = a.live_revision where t.title = ?")
                .param("Training course for improving political ability of leading cadres")
                .query(Long.class)
                .single();

        String page = mvc.get()
                .uri("/news/articles/" + id + "?lang=en")
                .exchange()
                .getResponse()
                .getContentAsString();
        String text = textOf(page);

        assertThat(text)
                .contains("Training course for improving political ability of leading cadres")
                .contains("Release time:2023-03-22")
                .contains("Source of articles: Browse times:")
                .contains("Translated by Basic Courses Department")
                .contains("Previous: Our School Ranked Sixth on the List of National College Student Competition i...")
                .contains("Next: SIT held the 2023 Working Conference- The Third Meeting of the First Teache...");
        List<String> seedParagraphs = new String(
                        new org.springframework.core.io.ClassPathResource("seed/seed-news-page.txt")
                                .getInputStream()
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)
                .lines()
                .filter(line -> !line.isBlank())
                .toList()
                .subList(2, 7);
        for (String paragraph : seedParagraphs) {
            assertThat(text).contains(paragraph.strip().replaceAll("\\s+", " "));
        }
        String chinese = textOf(mvc.get()
                .uri("/news/articles/" + id + "?lang=zh-CN")
                .exchange()
                .getResponse()
                .getContentAsString());
        assertThat(chinese).contains("领导干部政治能力提升培训班", "发布时间：2023-03-22", "示例数据");
    }

    /** The text a reader sees: tags dropped, entities decoded, white space as a browser shows it. */
    private static String textOf(String html) {
        return org.springframework.web.util.HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", ""))
                .replaceAll("\\s+", " ");
    }

    @Test
    void runsTheSeedCourseToCompletionWithAttendanceLeaveCreditAndCertificates() {
        long course = jdbc.sql("select id from course where title_en = ?")
                .param("Training course for improving political ability of leading cadres")
                .query(Long.class)
                .single();
        assertThat(courses.course(course).orElseThrow().status()).isEqualTo(CourseStatus.COMPLETED);
        assertThat(jdbc.sql("select count(*) from course_completion where course_id = ? and completed")
                        .param(course)
                        .query(Integer.class)
                        .single())
                .isEqualTo(21);
        assertThat(jdbc.sql("select count(*) from certificate where course_id = ? and year = 2023")
                        .param(course)
                        .query(Integer.class)
                        .single())
                .isEqualTo(21);
        List<ItemAttendance> attendance = records.ofCourse(course);
        assertThat(attendance)
                .filteredOn(a -> a.status() == AttendanceStatus.LATE)
                .singleElement()
                .extracting(ItemAttendance::cadreId)
                .isEqualTo(cadreId(DemoAttendance.LATE_TRAINEE));
        assertThat(attendance)
                .filteredOn(a -> a.status() == AttendanceStatus.ON_LEAVE)
                .singleElement()
                .extracting(ItemAttendance::cadreId)
                .isEqualTo(cadreId(DemoAttendance.TRAINEE_ON_LEAVE));
        assertThat(attendance)
                .filteredOn(a -> a.status() == AttendanceStatus.ABSENT)
                .isEmpty();
        // every check of the course left its audit row, as a check at a desk does, received when it was made
        assertThat(jdbc.sql("""
                                select count(*) from attendance_check c
                                join agenda_item i on i.id = c.agenda_item_id
                                where i.course_id = ? and not exists (
                                    select 1 from attendance_audit a
                                    where a.scan_id = c.scan_id and a.outcome = 'RECORDED'
                                      and a.received_at = c.checked_at and c.recorded_at = c.checked_at)
                                """).param(course).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("""
                                select count(*) from attendance_audit a
                                join agenda_item i on i.id = a.agenda_item_id where i.course_id = ?
                                """).param(course).query(Integer.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from credit_entry where course_id = ? and explanation_en like ?")
                        .params(course, "%Tashan Blocking Battle Memorial Hall%")
                        .query(Integer.class)
                        .single())
                .isEqualTo(21);
        assertThat(jdbc.sql("select sum(hours) from credit_entry where cadre_id = ?")
                        .param(cadreId(DemoAttendance.TRAINEE_ON_LEAVE))
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("14");
    }

    private long cadreId(String staffNumber) {
        return jdbc.sql("select id from cadre where staff_number = ?")
                .param(staffNumber)
                .query(Long.class)
                .single();
    }

    @Test
    void plansTheSeedCourseWithEveryFactOfTheSeed() {
        long id = jdbc.sql("select id from course where title_en = ?")
                .param("Training course for improving political ability of leading cadres")
                .query(Long.class)
                .single();
        CourseCatalog.CourseSummary course = courses.course(id).orElseThrow();
        assertThat(course.startsOn()).isEqualTo(LocalDate.of(2023, 3, 17));
        assertThat(course.endsOn()).isEqualTo(LocalDate.of(2023, 3, 19));
        assertThat(course.capacity()).isEqualTo(21);
        assertThat(unitName(course.organiserUnitId())).isEqualTo("Party Committee of SIT");
        assertThat(unitName(course.hostUnitId())).isEqualTo("Party School of Jinzhou Municipal Committee");
        assertThat(jdbc.sql("select purpose_en from course where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("study and implement the spirit of the 20th CPC National Congress");
        assertThat(jdbc.sql("select purpose_zh from course where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .as("the times of day are not in the seed, and the course says so")
                .contains("时间为示例");

        List<CourseCatalog.AgendaEntry> agenda = courses.agenda(id);
        CourseCatalog.AgendaEntry opening = agenda.stream()
                .filter(item -> item.type() == AgendaItemType.OPENING_CEREMONY)
                .findFirst()
                .orElseThrow();
        assertThat(jdbc.sql("select name from cadre where id = ?")
                        .param(opening.cadreId())
                        .query(String.class)
                        .single())
                .isEqualTo("胡晓梅");
        assertThat(agenda.stream()
                        .filter(item -> item.type() == AgendaItemType.FIELD_STUDY)
                        .map(item -> jdbc.sql("select name_en from site where id = ?")
                                .param(item.siteId())
                                .query(String.class)
                                .single()))
                .containsExactlyInAnyOrder(
                        "Liaoshen Battle Memorial Hall",
                        "Tashan Blocking Battle Memorial Hall",
                        "Jinzhou Frontline Command Post of the Northeast Field Army",
                        "Donghu Park");
        assertThat(agenda.stream()
                        .filter(item -> item.type() == AgendaItemType.MICRO_COURSE)
                        .map(item -> item.title().en()))
                .containsExactlyInAnyOrder(
                        "Life Dedicated to the Party - The Story of General Zhu Rui, the Father of Artillery",
                        "Liaoshen Campaign - The historical background of the Tashan blockade battle",
                        "War calendar: 29 days that determine the progress of the liberation war");
        assertThat(jdbc.sql("select count(*) from lecturer where name like '%（示例）'")
                        .query(Integer.class)
                        .single())
                .as("the micro-courses' lecturers are sample data and say so")
                .isEqualTo(3);
    }

    @Test
    void enrolsTwentyLeadingCadresWithHuXiaomeiLeadingTheTeamAndBaiJingAmongThem() {
        long id = jdbc.sql("select id from course where title_en = ?")
                .param("Training course for improving political ability of leading cadres")
                .query(Long.class)
                .single();
        List<Map<String, Object>> enrolled = jdbc.sql("""
                        select c.staff_number, e.course_role from enrolment e join cadre c on c.id = e.cadre_id
                         where e.course_id = ? and e.status = 'APPROVED'
                        """).param(id).query().listOfRows();
        // the seed's 20 leading cadres and Hu Xiaomei, who led them
        assertThat(enrolled).hasSize(21);
        assertThat(enrolled)
                .contains(Map.of("staff_number", "SIT-0001", "course_role", "TEAM_LEADER"))
                .contains(Map.of("staff_number", "SIT-0002", "course_role", "PARTICIPANT"));
        assertThat(jdbc.sql("select count(*) from enrolment where course_id = ? and status = 'NOMINATED'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .as("nominations were closed with every place decided")
                .isZero();
    }

    @Autowired
    CourseParticipants participants;

    @Autowired
    CadreCourses cadreCourses;

    @Test
    void theRosterAndCalendarsOfTheSeedCourseComeFromItsEnrolment() {
        long id = jdbc.sql("select id from course where title_en = ?")
                .param("Training course for improving political ability of leading cadres")
                .query(Long.class)
                .single();
        List<CourseParticipants.Participant> roster = participants.of(id);
        assertThat(roster).hasSize(21);
        assertThat(roster.getFirst().name()).isEqualTo("胡晓梅");
        assertThat(roster.getFirst().role()).isEqualTo(new LocalizedText("带队领导", "Team leader"));
        assertThat(roster).extracting(CourseParticipants.Participant::name).contains("白晶");
        long baiJing = jdbc.sql("select id from cadre where staff_number = 'SIT-0002'")
                .query(Long.class)
                .single();
        assertThat(cadreCourses.coursesOf(baiJing)).containsExactly(id);
    }

    private String unitName(Long id) {
        return jdbc.sql("select name_en from unit where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    @Test
    void fillsTheEmptyDatabaseWithTheSeedsOrganisation() {
        assertThat(parentOf("Party Committee of SIT")).isEqualTo("SIT");
        assertThat(parentOf("Organization Department")).isEqualTo("Party Committee of SIT");
        assertThat(parentOf("Basic Courses Department")).isEqualTo("SIT");
        assertThat(kindOf("Party Committee of SIT")).isEqualTo("PARTY_COMMITTEE");
        assertThat(jdbc.sql("select name_zh from unit where name_en = 'Organization Department'")
                        .query(String.class)
                        .single())
                .isEqualTo("党委组织部");
    }

    @Test
    void putsTheJinzhouPartySchoolOutsideSitAsAnExternalInstitution() {
        assertThat(kindOf("Party School of Jinzhou Municipal Committee")).isEqualTo("EXTERNAL_INSTITUTION");
        assertThat(parentOf("Party School of Jinzhou Municipal Committee")).isNull();
        Map<String, Object> school = jdbc.sql(
                        "select path from unit where name_en = 'Party School of Jinzhou Municipal Committee'")
                .query()
                .singleRow();
        String sitPath = jdbc.sql("select path from unit where code = 'SIT'")
                .query(String.class)
                .single();
        assertThat((String) school.get("path")).doesNotStartWith(sitPath);
    }

    @Test
    void sitsTreeIsFourLevelsDeep() {
        int deepest = jdbc.sql("select max(array_length(string_to_array(trim(both '/' from path), '/'), 1)) from unit")
                .query(Integer.class)
                .single();
        assertThat(deepest).isEqualTo(4);
    }

    @Test
    void huXiaomeiAndBaiJingHoldTheSeedsPositionsAndSayWhatIsIllustrative() {
        Map<String, Object> hu = cadre("SIT-0001");
        assertThat(hu)
                .containsEntry("name", "胡晓梅")
                .containsEntry("position_en", "Party Secretary")
                .containsEntry("position_zh", "党委书记")
                .containsEntry("rank_code", "BUREAU")
                .containsEntry("unit_en", "Party Committee of SIT");
        assertThat((String) hu.get("note")).contains("Hu Xiaomei", "illustrative");

        Map<String, Object> bai = cadre("SIT-0002");
        assertThat(bai)
                .containsEntry("name", "白晶")
                .containsEntry("position_en", "member of the Party committee, director of the Organization Department")
                .containsEntry("rank_code", "COUNTY")
                .containsEntry("unit_en", "Organization Department");
        assertThat((String) bai.get("note")).contains("Bai Jing", "illustrative");
    }

    @Test
    void nineteenMoreCadresSayTheyAreSampleData() {
        List<String> notes = jdbc.sql("select note from cadre where staff_number not in ('SIT-0001', 'SIT-0002')")
                .query(String.class)
                .list();
        assertThat(notes)
                .hasSize(19)
                .allSatisfy(note -> assertThat(note).contains("示例数据").contains("sample data, not from the seed"));
        int withHistory = jdbc.sql("select count(distinct cadre_id) from cadre_assignment")
                .query(Integer.class)
                .single();
        assertThat(withHistory).isEqualTo(21);
    }

    @Test
    void leavesADatabaseThatAlreadyHoldsAnOrganisationAlone() {
        long units = count("unit");
        long cadres = count("cadre");

        demoData.run(null);

        assertThat(count("unit")).isEqualTo(units);
        assertThat(count("cadre")).isEqualTo(cadres);
    }

    private String parentOf(String nameEn) {
        return jdbc.sql("select p.name_en from unit u left join unit p on p.id = u.parent_id where u.name_en = ?")
                .param(nameEn)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private String kindOf(String nameEn) {
        return jdbc.sql("select kind from unit where name_en = ?")
                .param(nameEn)
                .query(String.class)
                .single();
    }

    private Map<String, Object> cadre(String staffNumber) {
        return jdbc.sql("""
                        select c.name, c.position_zh, c.position_en, c.rank_code, c.note, u.name_en as unit_en
                        from cadre c join unit u on u.id = c.unit_id where c.staff_number = ?""").param(staffNumber).query().singleRow();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
