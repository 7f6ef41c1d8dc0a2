package org.cadretraining.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.course.RealCourseRecords.han;
import static org.cadretraining.course.RealCourseRecords.text;
import static org.cadretraining.course.RealCourseText.plain;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cadretraining.course.RealCourseRecords;
import org.cadretraining.news.draft.Draft;
import org.cadretraining.news.draft.DraftStyle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.web.util.HtmlUtils;

/**
 * Every course of the project's {@code real-courses.yaml}, entered as a course recorded after it took place, gives a
 * Chinese and an English draft that carry each of its facts (title, year, organisers, co-organisers, host, venue,
 * who presided and spoke, every item, the audience in its own words and the class size) and pass the newsroom's
 * style checks. A name recorded only in Chinese stands in the English draft in pinyin with the Chinese beside it.
 */
@SpringBootTest
class RealCourseDraftTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    CourseReports reports;

    static Stream<Integer> courses() throws IOException {
        return IntStream.range(0, RealCourseRecords.read().size()).boxed();
    }

    @ParameterizedTest
    @MethodSource("courses")
    @SuppressWarnings("unchecked")
    void theDraftsInBothLanguagesCarryEveryFactOfTheCourse(int index) throws IOException {
        Map<String, Object> report = RealCourseRecords.read().get(index);
        long course = new RealCourseRecords(context).enter(report);

        Map<Language, Translation> drafts = reports.draft(course, Set.of());
        String zh = textOf(drafts.get(Language.zh));
        String en = textOf(drafts.get(Language.en));
        DraftStyle.check(new Draft(drafts.get(Language.zh).title(), List.of(zh)), false);
        DraftStyle.check(new Draft(drafts.get(Language.en).title(), List.of(en)), true);

        String year = String.valueOf(reports.choices(course).course().startsOn().getYear());
        assertThat(zh).as("the year in Chinese").contains(year + "年");
        assertThat(en).as("the year in the English dateline").containsPattern("^[A-Z][a-z]+ \\d{1,2}, " + year + " — ");
        String title = text(report.getOrDefault("title_zh", report.get("title_en")));
        // a title recorded only in English is marked for the translator; ASCII brackets are set full-width in Chinese
        String chineseTitle = han(title) ? title.replace(" (", "（").replace(")", "）") : "【待译：" + title + "】";
        assertThat(drafts.get(Language.zh).title()).isEqualTo(chineseTitle);
        assertThat(drafts.get(Language.en).title()).containsIgnoringCase(text(report.getOrDefault("title_en", title)));

        // names as the course keeps them: without the remark the file adds in brackets ("(local viewing site)")
        for (Object unit : list(report, "organisers", "co_organisers")) {
            assertBoth(zh, en, plain(text(unit)), "a body that ran it");
        }
        if (!text(report.get("host_institution")).startsWith("same ")) {
            // "same Party school" is the organiser, named above
            assertBoth(zh, en, plain(text(report.get("host_institution"))), "the host");
        }
        List<Object> venues = (List<Object>) report.getOrDefault("venues", List.of());
        if (text(report.get("shape")).contains("online")) {
            // an online course has no venue but its form: held online, through its host
            assertThat(zh).contains("以网络直播形式");
            assertThat(en).contains(" online");
        } else if (!venues.isEmpty()) {
            assertBoth(zh, en, plain(text(venues.getFirst())), "the venue");
        }
        Map<String, Object> chair = (Map<String, Object>) report.get("presider_or_chair");
        if (chair != null) {
            assertBoth(zh, en, text(chair.get("name")), "who presided");
        }
        for (Map<String, Object> person :
                (List<Map<String, Object>>) report.getOrDefault("speakers_or_lecturers", List.of())) {
            if (RealCourseRecords.named(person) && !text(person.get("topic")).equals("attended only")) {
                assertBoth(zh, en, text(person.get("name")), "a speaker");
            }
        }
        for (Map<String, Object> item : (List<Map<String, Object>>) report.get("items")) {
            String itemTitle = text(item.get("title"));
            if (text(item.get("type")).contains("ceremony")) {
                assertThat(en).as("the ceremony").containsPattern("(?i)the (opening|closing) ceremony");
                assertThat(zh).as("the ceremony").containsPattern("开班|开学|结业|典礼");
            } else {
                assertBoth(zh, en, itemTitle, "an item");
            }
        }
        String who = text(((Map<String, Object>) report.get("participants")).get("who"));
        assertBoth(zh, en, who, "the audience in its own words");
        int size = RealCourseRecords.classSize(report);
        if (size > 0) {
            assertThat(zh).contains("共有" + size + "名");
            assertThat(en).contains("A total of " + size + " ");
        } else {
            assertThat(zh).doesNotContain("共有0", "0名");
            assertThat(en).doesNotContain("A total of 0", " 0 ");
        }
        boolean leading = who.contains("领导干部") || who.contains("leading cadre");
        assertThat(zh.contains("名领导干部")).as("领导干部 only where they were").isEqualTo(leading && size > 0);
    }

    /**
     * The fact in the Chinese draft as recorded; in the English draft as recorded where it is English, and with the
     * Chinese beside its pinyin or in a translator's mark where only Chinese is recorded.
     */
    private static void assertBoth(String zh, String en, String fact, String what) {
        if (fact.isEmpty()) {
            return;
        }
        assertThat(zh).as("%s in Chinese", what).contains(fact);
        // a sentence may begin with the fact ("Same Party school hosted …")
        assertThat(en).as("%s in English", what).containsIgnoringCase(fact);
        if (han(fact)) {
            assertThat(en)
                    .as("%s marked or in pinyin", what)
                    .containsPattern("(\\[translate: |[A-Z][a-z']+ \\()" + java.util.regex.Pattern.quote(fact));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> report, String... keys) {
        return Stream.of(keys)
                .flatMap(key -> ((List<Object>) report.getOrDefault(key, List.of())).stream())
                .toList();
    }

    private static String textOf(Translation translation) {
        return HtmlUtils.htmlUnescape(
                        translation.bodyHtml().replace("</p>", "\n").replaceAll("<[^>]+>", ""))
                .strip();
    }
}
