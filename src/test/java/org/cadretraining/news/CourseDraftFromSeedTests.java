package org.cadretraining.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The draft written from the demo's seed course carries every fact of the seed (read from the same
 * {@code seed-course.yaml} the demo is built from), and the newsroom's pages lead an editor to it. Only reads: the
 * demo data stay as {@code DemoDataTests} expects them (same application context).
 */
@SpringBootTest(properties = "app.demo.enabled=true")
@AutoConfigureMockMvc
class CourseDraftFromSeedTests {

    private static final CurrentUser EDITOR = TestPrincipal.user(Set.of(Role.NEWS_EDITOR), null, null);
    private static final CurrentUser REVIEWER = TestPrincipal.user(Set.of(Role.NEWS_REVIEWER), null, null);

    @Autowired
    CourseReports reports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    Map<String, Object> seed;
    long course;
    long baiJing;
    long huXiaomei;

    @BeforeEach
    void seedCourse() throws Exception {
        try (InputStream in = new ClassPathResource("demo/seed-course.yaml").getInputStream()) {
            seed = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        course = jdbc.sql("select id from course where title_en = ?")
                .param(fact("course", "title_en"))
                .query(Long.class)
                .single();
        huXiaomei = cadre("Hu Xiaomei");
        baiJing = cadre("Bai Jing");
    }

    @Test
    void theEnglishDraftOfTheSeedCourseCarriesEveryFactOfTheSeed() {
        Map<Language, Translation> draft =
                reports.draft(course, reports.choices(course).suggested());
        Translation english = draft.get(Language.en);
        String text = textOf(english.bodyHtml()).strip();

        assertThat(english.title()).isEqualTo(fact("course", "title_en"));
        assertThat(text)
                .contains("In order to " + fact("course", "purpose_en") + ",")
                // the seed's year is not this year's: the dateline and the dates say it
                .startsWith("March 17, 2023 — ")
                .contains("from March 17 to 19, 2023")
                // the title in sentence case reads as a common noun mid-sentence, as the seed writes it
                .contains("the " + fact("course", "organiser") + " held the training course for improving political"
                        + " ability of leading cadres")
                .contains("at the " + fact("course", "host_institution_en"))
                .contains(fact("course", "team_leader", "position_en") + " " + fact("course", "team_leader", "name")
                        + " led the team to study and spoke at the opening ceremony.")
                // the team leader is named apart and not counted: the seed's 20 took part besides her
                .contains("A total of " + fact("course", "participants", "count")
                        + " leading cadres, including Bai Jing");
        for (Map<?, ?> person : list("course", "participants", "named")) {
            assertThat(text).contains(person.get("name") + " (" + person.get("position_en") + ")");
        }
        for (Map<?, ?> item : list("course", "agenda")) {
            if (item.get("site") != null) {
                assertThat(text).contains(String.valueOf(item.get("site")));
            }
            if (item.get("title_en") != null) {
                assertThat(text).contains("\u201c" + item.get("title_en") + "\u201d");
            }
        }
        org.cadretraining.news.draft.DraftStyle.check(
                new org.cadretraining.news.draft.Draft(english.title(), List.of(text.strip())), true);
        assertThat(english.translator()).isEmpty();
        assertThat(english.source()).isEmpty();
    }

    @Test
    void theChineseOriginalTellsTheSameFactsInChinese() {
        Translation chinese = reports.draft(course, Set.of(baiJing)).get(Language.zh);
        String text = textOf(chinese.bodyHtml());

        assertThat(chinese.title()).isEqualTo("领导干部政治能力提升培训班");
        assertThat(text)
                .contains("2023年3月17日至19日")
                .contains("在中共锦州市委党校举办领导干部政治能力提升培训班")
                .contains("党委书记胡晓梅带队参加学习并在开班式上讲话")
                .contains("辽沈战役纪念馆", "塔山阻击战纪念馆", "东湖公园")
                .contains("《战争日历：决定解放战争进程的29天》")
                .contains("党委委员、组织部部长白晶等" + fact("course", "participants", "count") + "名领导干部参加培训");
        org.cadretraining.news.draft.DraftStyle.check(
                new org.cadretraining.news.draft.Draft(chinese.title(), List.of(text.strip())), false);
        assertThat(chinese.bodyHtml()).contains("《献身党的一生——“炮兵之父”朱瑞将军的故事》");
    }

    @Test
    void theBodyIsParagraphsOfEscapedText() {
        String body = reports.draft(course, Set.of(baiJing)).get(Language.en).bodyHtml();

        assertThat(body).startsWith("<p>").endsWith("</p>");
        assertThat(body.split("</p>")).hasSize(3);
        assertThat(body).doesNotContain("&#39;", "&quot;");
        assertThat(RichText.sanitise(body)).isEqualTo(body);
    }

    @Test
    void theEditorNamesOnlyWhomTheyTick() {
        String text = textOf(reports.draft(course, Set.of()).get(Language.en).bodyHtml());

        assertThat(text)
                .doesNotContain("Bai Jing")
                .contains("A total of " + fact("course", "participants", "count")
                        + " leading cadres took part in the training.");
    }

    @Test
    void anEditorPicksTheSeedCourseTheTeamLeaderIsNamedAndBaiJingTickedToBeginWith() {
        String list = html("/news/desk/from-course", EDITOR);
        assertThat(list).contains("领导干部政治能力提升培训班", "/news/desk/from-course/" + course);

        String choose = html("/news/desk/from-course/" + course, EDITOR);
        assertThat(checkbox(choose, baiJing)).contains("checked").doesNotContain("disabled");
        assertThat(checkbox(choose, huXiaomei)).contains("checked", "disabled");
        // one box for each of the 21 in the class (the 20 and the team leader): 22 pieces around them
        assertThat(choose.split("name=\"named\"")).hasSize(22);
    }

    @Test
    void onlyAnEditorGetsADraftAndAnUnknownCourseIsNotFound() {
        assertThat(mvc.get().uri("/news/desk/from-course").with(TestPrincipal.as(REVIEWER)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/news/desk/from-course/" + course).with(TestPrincipal.as(REVIEWER)))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/news/desk/from-course/" + course + "/draft")
                        .with(TestPrincipal.as(REVIEWER))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(mvc.get().uri("/news/desk/from-course/987654321").with(TestPrincipal.as(EDITOR)))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/news/desk/from-course/987654321/draft")
                        .with(TestPrincipal.as(EDITOR))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(mvc.get().uri("/news/desk/from-course")).hasStatus3xxRedirection();
    }

    /** The trainees of the seed's class other than the team leader, as the class list holds them. */
    private String html(String uri, CurrentUser user) {
        var result = mvc.get().uri(uri).with(TestPrincipal.as(user)).exchange();
        assertThat(result).hasStatusOk();
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String checkbox(String html, long cadreId) {
        java.util.regex.Matcher input = java.util.regex.Pattern.compile(
                        "<input[^>]*name=\"named\" value=\"" + cadreId + "\"[^>]*>")
                .matcher(html);
        assertThat(input.find()).as("a checkbox for cadre %d", cadreId).isTrue();
        return input.group();
    }

    private long cadre(String nameEn) {
        return jdbc.sql("select id from cadre where name_en = ?")
                .param(nameEn)
                .query(Long.class)
                .single();
    }

    private static String textOf(String html) {
        // one paragraph a line: a space between two Chinese paragraphs would be the test's, not the draft's
        return HtmlUtils.htmlUnescape(html.replace("</p>", "\n").replaceAll("<[^>]+>", ""))
                .replaceAll("[ \\t]+", " ");
    }

    private String fact(String... path) {
        return String.valueOf(value(path));
    }

    private List<Map<?, ?>> list(String... path) {
        return ((List<?>) value(path))
                .stream().<Map<?, ?>>map(entry -> (Map<?, ?>) entry).toList();
    }

    private Object value(String... path) {
        Object current = seed;
        for (String key : path) {
            current = ((Map<?, ?>) current).get(key);
        }
        return current;
    }
}
