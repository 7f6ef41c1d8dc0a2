package org.cadretraining.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.course.Audience;
import org.cadretraining.course.Contact;
import org.cadretraining.course.CourseSetup;
import org.cadretraining.course.CourseSetup.NewAgendaItem;
import org.cadretraining.course.CourseSetup.NewCourse;
import org.cadretraining.course.TrainingCategory;
import org.cadretraining.course.TrainingForm;
import org.cadretraining.course.site.SiteDetails;
import org.cadretraining.course.site.SiteKind;
import org.cadretraining.course.site.Sites;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.shared.Role;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Drafts from courses of the tests' own making: what the record says goes into the draft escaped, only courses
 * that have begun are offered (latest first), and the draft is saved through the newsroom's normal, sanitised path.
 */
@AccountWebTest
class CourseDraftTests {

    private static final CurrentUser EDITOR = TestPrincipal.user(Set.of(Role.NEWS_EDITOR), null, null);

    @Autowired
    CourseReports reports;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    CourseSetup courses;

    @Autowired
    Sites sites;

    @Autowired
    EnrolmentSetup enrolment;

    @Autowired
    NewsDesk desk;

    @Autowired
    NewsColumns columns;

    @Autowired
    MockMvcTester mvc;

    String prefix;
    long organiser;
    long host;
    long leader;
    long marked;

    @BeforeEach
    void organisation() {
        prefix = UUID.randomUUID().toString().substring(0, 8);
        organiser = unit("PC", "党委<b>", "Committee <b>& Co</b>", UnitKind.PARTY_COMMITTEE);
        host = unit("PS", "党校", "Party School", UnitKind.EXTERNAL_INSTITUTION);
        leader = cadre("L", "胡晓梅", "Hu Xiaomei", "党委书记", "Party Secretary");
        marked = cadre(
                "M", "李<i>明</i>", "Li <i>Ming</i>", "党委委员<script>", "member of the Party committee <script>x</script>");
    }

    @Test
    void whatTheRecordSaysIsEscapedInTheDraftAndSurvivesTheSanitisedSave() {
        long course = heldCourse(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 2));

        Map<Language, Translation> draft = reports.draft(course, Set.of(marked));
        String english = draft.get(Language.en).bodyHtml();

        assertThat(english)
                .contains("from March 30 to April 2")
                .contains("the Committee &lt;b&gt;&amp; Co&lt;/b&gt; held")
                .contains("Party Secretary Hu Xiaomei led the team to study and spoke at the opening ceremony.")
                // the one trainee besides the team leader, named: the leader is never counted with the trainees
                .contains("Li &lt;i&gt;Ming&lt;/i&gt; (member of the Party committee &lt;script&gt;x&lt;/script&gt;)"
                        + " took part in the training.")
                .contains("visited Field <site>".replace("<", "&lt;").replace(">", "&gt;"))
                .contains("lectured on \u201cMicro &amp; course\u201d")
                .doesNotContain("<b>", "<i>", "<script>", "&#39;", "leading cadres");
        assertThat(draft.get(Language.zh).bodyHtml())
                .contains("3月30日至4月2日")
                // a position with a word of English in it is the translator's to put into Chinese
                .contains("【待译：党委委员&lt;script&gt;】李&lt;i&gt;明&lt;/i&gt;参加培训。")
                .doesNotContain("2名", "领导干部");

        NewsFixture news = new NewsFixture(desk, columns);
        NewsArticle saved = desk.create(news.column, Language.zh, draft, news.editor);
        assertThat(saved.latest().translations().get(Language.en).bodyHtml()).isEqualTo(english);
        assertThat(saved.latest().status()).isEqualTo(RevisionStatus.DRAFT);
    }

    @Test
    void onlyCoursesThatHaveBegunAreOfferedTheLatestFirst() throws Exception {
        long earlier = heldCourse(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4));
        long later = heldCourse(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 4));
        long planned = plannedCourse(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3));

        String list = mvc.get()
                .uri("/news/desk/from-course")
                .with(TestPrincipal.as(EDITOR))
                .exchange()
                .getResponse()
                .getContentAsString();

        assertThat(list.indexOf("data-course=\"" + later + "\""))
                .isPositive()
                .isLessThan(list.indexOf("data-course=\"" + earlier + "\""));
        assertThat(list).doesNotContain("data-course=\"" + planned + "\"");
        assertThat(mvc.get().uri("/news/desk/from-course/" + planned).with(TestPrincipal.as(EDITOR)))
                .hasStatus(409);
    }

    @Test
    void aTitleInSentenceCaseReadsAsACommonNounMidSentenceAndOtherTitlesKeepTheirCapitals() {
        // each title with how the English draft names it, one per line: {title, held as}
        List<List<String>> cases = List.of(
                List.of("Seminar on rural revitalisation", "held the seminar on rural revitalisation"),
                List.of("SIT seminar on rural revitalisation", "held the SIT seminar on rural revitalisation"),
                List.of("Seminar On Rural Revitalisation", "held the Seminar On Rural Revitalisation"));
        for (int n = 0; n < cases.size(); n++) {
            String title = cases.get(n).get(0);
            // a month each, so that the team leader's courses do not overlap
            int month = 7 + n;
            long course = plannedCourse(LocalDate.of(2026, month, 1), LocalDate.of(2026, month, 2), title);
            courses.openNominations(course);
            enrolment.enrol(course, leader, CourseRole.TEAM_LEADER);
            courses.closeNominations(course);
            courses.start(course);
            assertThat(reports.draft(course, Set.of()).get(Language.en).bodyHtml())
                    .as(title)
                    .contains(cases.get(n).get(1));
        }
    }

    @Test
    void jointOrganisersAreNamedTogetherAndTheHostIsWhereTheCourseWasHeld() {
        long department = unit("ED", "湖南省教育厅", "Hunan Provincial Department of Education");
        long course = begun(
                List.of(organiser, department),
                List.of(),
                TrainingForm.HYBRID,
                "中层和科级干部",
                "middle-level and section-level cadres");

        Map<Language, Translation> draft = reports.draft(course, Set.of());

        assertThat(draft.get(Language.zh).bodyHtml())
                .contains("党委&lt;b&gt;、湖南省教育厅在党校以线上线下相结合的形式举办")
                .contains("参训对象为中层和科级干部。");
        assertThat(draft.get(Language.en).bodyHtml())
                .contains(
                        "the Committee &lt;b&gt;&amp; Co&lt;/b&gt; and the Hunan Provincial Department of Education held")
                .contains("at the Party School, online and on site.")
                .contains("The course was for middle-level and section-level cadres.");
    }

    @Test
    void aCoOrganiserIsNamedAsSuchAndNeverAsTheVenueOfAnOnlineCourse() {
        long enshi = unit("ES", "恩施市委组织部", "Organisation Department of the Enshi Municipal Committee");
        long course = begun(List.of(organiser), List.of(enshi), TrainingForm.ONLINE, "", "");

        Map<Language, Translation> draft = reports.draft(course, Set.of());
        String chinese = draft.get(Language.zh).bodyHtml();
        String english = draft.get(Language.en).bodyHtml();

        assertThat(chinese)
                .contains("党委&lt;b&gt;依托党校以网络直播形式举办")
                .contains("恩施市委组织部协办本次培训。")
                .doesNotContain("在恩施市委组织部", "参训对象");
        assertThat(english)
                .contains("held the course on " + prefix + " online, through the Party School.")
                .contains("The Organisation Department of the Enshi Municipal Committee co-organised the course.")
                .doesNotContain("at the Organisation Department", "at the Party School", "The course was for");
    }

    private long begun(
            List<Long> organisers, List<Long> coOrganisers, TrainingForm form, String audienceZh, String audienceEn) {
        LocalDate from = LocalDate.of(2027, 3, 3);
        long course = courses.plan(new NewCourse(
                new LocalizedText("测试班" + prefix, "Course on " + prefix),
                new LocalizedText("", ""),
                organisers,
                coOrganisers,
                host,
                null,
                from,
                from.plusDays(1),
                30,
                new CreditHours(new BigDecimal("2")),
                TrainingCategory.PARTY_SPIRIT,
                form,
                Contact.NONE,
                new Audience(List.of(), List.of(), List.of(), new LocalizedText(audienceZh, audienceEn)),
                List.of(),
                null));
        courses.openNominations(course);
        enrolment.enrol(course, leader, CourseRole.TEAM_LEADER);
        courses.closeNominations(course);
        courses.start(course);
        return course;
    }

    @Test
    void aDraftForAnUnknownColumnIsSavedInTheFirstColumnAndOpensInTheEditor() throws Exception {
        new NewsFixture(desk, columns);
        long course = heldCourse(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1));

        var result = mvc.post()
                .uri("/news/desk/from-course/" + course + "/draft")
                .param("columnId", "987654321")
                .with(TestPrincipal.as(EDITOR))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .exchange();

        assertThat(result).hasStatus3xxRedirection();
        long article =
                Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll(".*/news/desk/(\\d+).*", "$1"));
        NewsArticle saved = desk.get(article, EDITOR);
        assertThat(saved.columnId()).isEqualTo(columns.all().getFirst().id());
        assertThat(saved.latest().translations().get(Language.en).bodyHtml()).startsWith("<p>June 1, 2026 — ");
    }

    private long heldCourse(LocalDate from, LocalDate to) {
        long course = plannedCourse(from, to);
        long site = sites.register(
                new SiteDetails(new LocalizedText("现场<site>", "Field <site>"), "", SiteKind.MEMORIAL_HALL, 50, true));
        courses.schedule(
                course,
                new NewAgendaItem(
                        AgendaItemType.OPENING_CEREMONY,
                        from,
                        LocalTime.of(8, 30),
                        LocalTime.of(9, 30),
                        null,
                        null,
                        leader,
                        null,
                        new LocalizedText("开班式", "Opening ceremony"),
                        true));
        courses.schedule(
                course,
                new NewAgendaItem(
                        AgendaItemType.FIELD_STUDY,
                        from,
                        LocalTime.of(14, 0),
                        LocalTime.of(16, 0),
                        site,
                        null,
                        null,
                        "",
                        new LocalizedText("现场教学", "Field study"),
                        true));
        courses.schedule(
                course,
                new NewAgendaItem(
                        AgendaItemType.MICRO_COURSE,
                        from,
                        LocalTime.of(10, 0),
                        LocalTime.of(11, 0),
                        null,
                        null,
                        null,
                        "讲师",
                        new LocalizedText("微党课", "Micro & course"),
                        true));
        courses.openNominations(course);
        enrolment.enrol(course, leader, CourseRole.TEAM_LEADER);
        enrolment.enrol(course, marked, CourseRole.PARTICIPANT);
        courses.closeNominations(course);
        courses.start(course);
        return course;
    }

    private long plannedCourse(LocalDate from, LocalDate to) {
        return plannedCourse(from, to, "Course " + prefix);
    }

    private long plannedCourse(LocalDate from, LocalDate to, String titleEn) {
        return courses.plan(new NewCourse(
                new LocalizedText("测试班" + prefix, titleEn),
                new LocalizedText("学习", "learn"),
                organiser,
                host,
                null,
                from,
                to,
                30,
                new CreditHours(new BigDecimal("2")),
                TrainingCategory.PARTY_SPIRIT));
    }

    private long unit(String code, String zh, String en) {
        return unit(code, zh, en, UnitKind.EXTERNAL_INSTITUTION);
    }

    private long unit(String code, String zh, String en, UnitKind kind) {
        return directory.registerUnit(new UnitDetails(prefix + code, new LocalizedText(zh, en), kind, null, true));
    }

    private long cadre(String suffix, String name, String nameEn, String positionZh, String positionEn) {
        return directory.registerCadre(new CadreDetails(
                prefix + suffix, name, nameEn, null, organiser, positionZh, positionEn, null, "", "", "", "", true));
    }
}
