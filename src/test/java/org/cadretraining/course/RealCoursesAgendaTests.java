package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.Person;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.SiteDetails;
import org.cadretraining.course.site.SiteKind;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The agenda items of real courses (the shared {@code real-courses.yaml}, from public news reports) entered through
 * the planner and read back as other modules see them. Where a report gives no clock times, the times here are
 * samples; every fact the report gives is taken from the file.
 */
@SpringBootTest
class RealCoursesAgendaTests {

    @Autowired
    CoursePlanner planner;

    @Autowired
    AgendaPlanner agendaPlanner;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    Sites sites;

    @Autowired
    Lecturers lecturers;

    CourseFixture seed;
    List<Map<String, Object>> courses;

    @BeforeEach
    void world() throws IOException {
        // the shared file is part of the project: missing, this fails rather than skips
        courses = RealCourseRecords.read();
        seed = new CourseFixture(planner, agendaPlanner, directory, sites, lecturers);
    }

    @Test
    void theDutOpeningCeremonyWithItsPresiderFourSpeakersAndTheBadgePinningInOneSitting() {
        Map<String, Object> dut = course("The-38th-Xinjiang");
        LocalDate day = LocalDate.parse(text(map(dut, "dates"), "start"));
        Course course = seed.course(text(dut, "title_en"), day, day);
        String room = text(list(dut, "venues").getFirst());
        long site =
                sites.register(new SiteDetails(new LocalizedText(room, room), "", SiteKind.TRAINING_SCHOOL, 60, true));
        String presider = text(map(dut, "presider_or_chair"), "name");
        List<Speaker> speakers = list(dut, "speakers_or_lecturers").stream()
                .map(s -> Speaker.named(text(map(s), "name")).about(new LocalizedText("", text(map(s), "topic"))))
                .toList();
        List<Map<String, Object>> items =
                list(dut, "items").stream().map(RealCoursesAgendaTests::map).toList();

        // sample times for a morning: the ceremony, and the badge pinning in its last half hour
        AgendaItem ceremony = agendaPlanner.addItem(
                course.id(),
                new AgendaItemDetails(
                        AgendaItemType.OPENING_CEREMONY,
                        day,
                        LocalTime.of(8, 30),
                        LocalTime.of(10, 0),
                        site,
                        speakers,
                        Speaker.named(presider),
                        new LocalizedText("", text(items.get(0), "title")),
                        true,
                        null,
                        false),
                seed.organiser);
        AgendaItem pinning = agendaPlanner.addItem(
                course.id(),
                new AgendaItemDetails(
                        AgendaItemType.OTHER,
                        day,
                        LocalTime.of(9, 30),
                        LocalTime.of(10, 0),
                        site,
                        List.of(),
                        Speaker.NONE,
                        new LocalizedText("", text(items.get(1), "title")),
                        true,
                        null,
                        true),
                seed.organiser);

        List<AgendaEntry> agenda = catalog.agenda(course.id());
        AgendaEntry read = entry(agenda, ceremony.id());
        assertThat(read.type()).isEqualTo(AgendaItemType.OPENING_CEREMONY);
        assertThat(read.presider().text()).isEqualTo("Tian Xiaoming");
        assertThat(read.speakers())
                .extracting(Person::text)
                .containsExactly("Li Cheng'en", "Hong Xiaonan", "Chen Bin", "Yang Liansheng");
        assertThat(read.speakers())
                .extracting(p -> p.topic().en())
                .containsExactlyElementsOf(
                        speakers.stream().map(s -> s.topic().en()).toList());
        assertThat(read.speakers().get(1).topic().en()).isEqualTo("the faculty and the class plan");
        // the first speaker is still the entry's speaker for modules that know only one
        assertThat(read.speakerText()).isEqualTo("Li Cheng'en");
        assertThat(read.siteId()).isEqualTo(site);
        assertThat(read.title().en()).isEqualTo("opening ceremony");

        AgendaEntry badges = entry(agenda, pinning.id());
        assertThat(badges.sharesSitting()).isTrue();
        assertThat(badges.siteId()).isEqualTo(site);
        assertThat(badges.title().en()).contains("pin DUT school badges");
        // the sitting is 90 minutes of the morning, counted once
        assertThat(read.creditHours().plus(badges.creditHours())).isEqualTo(CreditHours.of("1.5"));
    }

    @Test
    void theAnhuiCoursesEveningGroupDiscussionAndTheExchangeOfThreeBranches() {
        Map<String, Object> anhui = course("ahszgwdx");
        LocalDate first = LocalDate.parse(text(map(anhui, "dates"), "start"));
        // the first of the two 3-day cohorts
        Course course = seed.course(text(anhui, "title_zh"), first, first.plusDays(2));
        List<Map<String, Object>> items =
                list(anhui, "items").stream().map(RealCoursesAgendaTests::map).toList();
        Map<String, Object> evening = items.stream()
                .filter(i -> "group-discussion".equals(i.get("type")))
                .findFirst()
                .orElseThrow();
        Map<String, Object> exchange = items.stream()
                .filter(i -> String.valueOf(i.get("title")).contains("three advanced branches"))
                .findFirst()
                .orElseThrow();

        AgendaItem lecture = agendaPlanner.addItem(
                course.id(),
                new AgendaItemDetails(
                        AgendaItemType.LECTURE,
                        first,
                        LocalTime.of(14, 0),
                        LocalTime.of(17, 0),
                        null,
                        Speaker.NONE,
                        new LocalizedText("专题讲座", ""),
                        true,
                        null),
                seed.organiser);
        AgendaItem discussion = agendaPlanner.addItem(
                course.id(),
                new AgendaItemDetails(
                        AgendaItemType.GROUP_DISCUSSION,
                        first,
                        LocalTime.of(19, 0),
                        LocalTime.of(21, 0),
                        null,
                        List.of(),
                        Speaker.NONE,
                        new LocalizedText("", text(evening, "title")),
                        true,
                        null,
                        false),
                seed.organiser);
        List<Speaker> branches = Stream.of(1, 2, 3)
                .map(n -> Speaker.named("先进党支部代表 " + n).about(new LocalizedText("经验交流", "experience sharing")))
                .toList();
        AgendaItem shared = agendaPlanner.addItem(
                course.id(),
                new AgendaItemDetails(
                        AgendaItemType.OTHER,
                        first.plusDays(1),
                        LocalTime.of(8, 30),
                        LocalTime.of(10, 0),
                        null,
                        branches,
                        Speaker.NONE,
                        new LocalizedText("", text(exchange, "title")),
                        true,
                        null,
                        false),
                seed.organiser);

        List<AgendaEntry> agenda = catalog.agenda(course.id());
        AgendaEntry read = entry(agenda, discussion.id());
        assertThat(read.type()).isEqualTo(AgendaItemType.GROUP_DISCUSSION);
        assertThat(read.startsAt()).isEqualTo(LocalTime.of(19, 0));
        assertThat(read.title().en())
                .isEqualTo("evening group discussion on running a Party branch in the new situation");
        assertThat(read.mandatory()).isTrue();
        assertThat(read.dueAt()).isNull();
        // under the institution's rule in force the evening earns what a half day of its minutes is worth
        TrainingRules rules = catalog.rules();
        CreditHours expected = rules.eveningCredit() == EveningCredit.NONE ? CreditHours.ZERO : CreditHours.of("2");
        assertThat(read.creditHours()).isEqualTo(expected);
        assertThat(entry(agenda, lecture.id()).creditHours()).isEqualTo(CreditHours.of("3"));

        AgendaEntry branchesRead = entry(agenda, shared.id());
        assertThat(branchesRead.speakers())
                .hasSize(3)
                .allSatisfy(p -> assertThat(p.topic().zh()).isEqualTo("经验交流"));
        assertThat(branchesRead.title().en()).isEqualTo(text(exchange, "title"));
    }

    @Test
    void theHnustExamKeepsItsSitting() {
        Map<String, Object> hnust = course("hnust");
        Map<String, Object> exam = list(hnust, "items").stream()
                .map(RealCoursesAgendaTests::map)
                .filter(i -> "exam".equals(i.get("type")))
                .findFirst()
                .orElseThrow();
        // the report gives the completion day (07-21, year inferred 2005); the exam was before it: a sample day
        LocalDate completion = LocalDate.of(2005, 7, 21);
        Course course = seed.course(text(hnust, "title_zh"), completion.minusDays(2), completion);
        AgendaItem item = agendaPlanner.addItem(
                course.id(),
                new AgendaItemDetails(
                        AgendaItemType.EXAM,
                        completion.minusDays(1),
                        LocalTime.of(9, 0),
                        LocalTime.of(11, 0),
                        null,
                        List.of(),
                        Speaker.NONE,
                        new LocalizedText("结业考试", text(exam, "title")),
                        true,
                        null,
                        false),
                seed.organiser);

        AgendaEntry read = entry(catalog.agenda(course.id()), item.id());
        assertThat(read.type()).isEqualTo(AgendaItemType.EXAM);
        assertThat(read.type().hasSitting()).isTrue();
        assertThat(read.day()).isEqualTo(LocalDate.of(2005, 7, 20));
        assertThat(read.startsAt()).isEqualTo(LocalTime.of(9, 0));
        assertThat(read.endsAt()).isEqualTo(LocalTime.of(11, 0));
        assertThat(read.dueAt()).isNull();
        assertThat(read.title().en()).isEqualTo("end-of-course exam, together with attendance checks and assessment");
        assertThat(read.creditHours()).isEqualTo(CreditHours.of("2"));
        assertThat(read.speakers()).isEmpty();
        assertThat(read.presider().nobody()).isTrue();
    }

    private Map<String, Object> course(String sourceUrlPart) {
        return courses.stream()
                .filter(c -> text(map(c, "source"), "url").contains(sourceUrlPart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no course from " + sourceUrlPart + " in real-courses.yaml"));
    }

    private static AgendaEntry entry(List<AgendaEntry> agenda, long id) {
        return agenda.stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return map(parent.get(key));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> parent, String key) {
        return (List<Object>) parent.get(key);
    }

    private static String text(Object value) {
        return String.valueOf(value);
    }

    private static String text(Map<String, Object> parent, String key) {
        return String.valueOf(parent.get(key));
    }
}
