package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.course.RealCourseText.list;
import static org.cadretraining.course.RealCourseText.map;
import static org.cadretraining.course.RealCourseText.text;

import java.io.IOException;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.Sites;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.organisation.OrganisationDirectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Every course of the project's {@code real-courses.yaml} entered through the course services as an organiser enters
 * a course recorded after it took place ({@link RealCourseRecords}), then every leaf of the file read back from the
 * course, its agenda, its registers and its class, each ticked off when asserted: a leaf not read back, or one the
 * file gains, fails the test. A fact with a field is read from that field; a fact the model has no field for is read
 * from the course's notes, verbatim (why each has no field: {@link RealCourseNotes}).
 */
@SpringBootTest
class RealCoursesTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    Sites sites;

    @Autowired
    Lecturers lecturers;

    @Autowired
    ClassMembers members;

    static Stream<Integer> courses() throws IOException {
        return IntStream.range(0, RealCourseRecords.read().size()).boxed();
    }

    @ParameterizedTest
    @MethodSource("courses")
    void everyFactOfTheReportCanBeReadBackFromTheCourse(int index) throws IOException {
        Map<String, Object> report = RealCourseRecords.read().get(index);
        long id = new RealCourseRecords(context).enter(report);
        CourseReadBack read = new CourseReadBack(id, catalog, directory, sites, lecturers, members);
        ReportLeaves leaves = new ReportLeaves(report);
        RealCourseFacts facts = new RealCourseFacts(report, read);
        for (String path : leaves.paths()) {
            if (facts.readBack(path, leaves.value(path))) {
                leaves.tick(path);
            }
        }
        leaves.assertAllReadBack(text(map(report.get("source")).get("url")));
    }

    @ParameterizedTest
    @MethodSource("courses")
    void eachItemIsWithinTheCourseAndTheSpeakersAtTheItemTheySpokeAt(int index) throws IOException {
        Map<String, Object> report = RealCourseRecords.read().get(index);
        long id = new RealCourseRecords(context).enter(report);
        CourseReadBack read = new CourseReadBack(id, catalog, directory, sites, lecturers, members);

        assertThat(read.agenda)
                .allSatisfy(entry -> assertThat(entry.day()).isBetween(read.course.startsOn(), read.course.endsOn()));
        List<Object> people = list(report.get("speakers_or_lecturers"));
        for (Object each : people) {
            Map<String, Object> person = map(each);
            String topic = text(person.get("topic"));
            List<CourseReadBack.Spoken> at = read.spoken(text(person.get("name")), RealCourseItemFacts.line(person));
            if (RealCourseRoles.attendedOnly(person)) {
                assertThat(at).as("%s only attended", person.get("name")).isEmpty();
                continue;
            }
            assertThat(at).as("%s speaks at one item", person.get("name")).hasSize(1);
            AgendaItemType where = at.getFirst().entry().type();
            if (topic.startsWith("completion")
                    || topic.startsWith("congratulations")
                    || topic.contains("certificates")) {
                assertThat(where)
                        .as("a completion speech at the completion")
                        .isEqualTo(AgendaItemType.CLOSING_CEREMONY);
            } else if (topic.startsWith("opening") || topic.startsWith("welcome")) {
                assertThat(where).as("an opening speech at the opening").isEqualTo(AgendaItemType.OPENING_CEREMONY);
            } else if (!RealCourseRecords.named(person) && !topic.contains("experience")) {
                assertThat(where).as("unnamed lecturers at the lectures").isEqualTo(AgendaItemType.LECTURE);
            }
        }
        for (AgendaEntry entry : read.agenda) {
            boolean evening = !entry.startsAt().isBefore(LocalTime.of(18, 0));
            boolean reportSaysEvening = entry.title().zh().contains("evening");
            assertThat(evening)
                    .as(
                            "%s in the evening only if the report says so",
                            entry.title().zh())
                    .isEqualTo(reportSaysEvening);
        }
    }

    @org.junit.jupiter.api.Test
    void aFieldTheFileGainsOrAFactNobodyReadsBackFailsTheReadBack() throws IOException {
        Map<String, Object> report = RealCourseRecords.read().getFirst();
        long id = new RealCourseRecords(context).enter(report);
        CourseReadBack read = new CourseReadBack(id, catalog, directory, sites, lecturers, members);
        Map<String, Object> grown = new java.util.LinkedHashMap<>(report);
        grown.put("budget", "120,000 yuan");
        ReportLeaves leaves = new ReportLeaves(grown);
        RealCourseFacts facts = new RealCourseFacts(grown, read);
        for (String path : leaves.paths()) {
            if (facts.readBack(path, leaves.value(path))) {
                leaves.tick(path);
            }
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> leaves.assertAllReadBack("the grown report"))
                .hasMessageContaining("budget = 120,000 yuan")
                .hasMessageNotContaining("items[0]");
        // a fact kept nowhere: the notes lose the series' history, and reading it back fails
        Map<String, Object> other = new java.util.LinkedHashMap<>(map(report.get("other")));
        other.put("series_history", "run since 1991");
        grown.put("other", other);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new RealCourseFacts(grown, read).readBack("other.series_history", "run since 1991"))
                .isInstanceOf(AssertionError.class);
    }
}
