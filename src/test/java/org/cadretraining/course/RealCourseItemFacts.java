package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.course.CourseReadBack.inItsLanguage;
import static org.cadretraining.course.RealCourseText.comparable;
import static org.cadretraining.course.RealCourseText.day;
import static org.cadretraining.course.RealCourseText.isoDate;
import static org.cadretraining.course.RealCourseText.list;
import static org.cadretraining.course.RealCourseText.map;
import static org.cadretraining.course.RealCourseText.plain;
import static org.cadretraining.course.RealCourseText.remarked;
import static org.cadretraining.course.RealCourseText.text;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.lecturer.LecturerSummary;

/**
 * How the leaves of a report's items and people are read back from the course's agenda: each item by its title,
 * at its place and on its day; each person at the item they spoke at or presided over, with their position in the
 * register and their topic, or in the notes when they only attended.
 */
final class RealCourseItemFacts {

    private final Map<String, Object> report;
    private final CourseReadBack read;
    private final CourseSummary course;
    private final int year;

    RealCourseItemFacts(Map<String, Object> report, CourseReadBack read) {
        this.report = report;
        this.read = read;
        this.course = read.course;
        this.year = course.endsOn().getYear();
    }

    void presider(Object value) {
        AgendaEntry presided = read.agenda.stream()
                .filter(e -> !e.presider().nobody())
                .findFirst()
                .orElseThrow(() -> new AssertionError("nobody presides over any item"));
        assertThat(presided.type())
                .isEqualTo(
                        read.agenda.stream().anyMatch(e -> e.type() == AgendaItemType.OPENING_CEREMONY)
                                ? AgendaItemType.OPENING_CEREMONY
                                : presided.type());
        assertThat(read.lecturer(presided.presider().lecturerId()).name()).isEqualTo(text(value));
    }

    LecturerSummary presidingLecturer() {
        return read.agenda.stream()
                .filter(e -> !e.presider().nobody())
                .map(e -> read.lecturer(e.presider().lecturerId()))
                .findFirst()
                .orElseThrow();
    }

    /** A position in the register's half for its language, the other half empty; "not given" leaves both empty. */
    void position(String path, Object value, LecturerSummary lecturer) {
        String position = RealCourseNotes.notGiven(value) ? "" : plain(text(value));
        boolean chinese = RealCourseText.han(position);
        assertThat(lecturer.title()).isEqualTo(chinese ? position : "");
        assertThat(lecturer.titleEn()).isEqualTo(chinese ? "" : position);
        assertThat(lecturer.nameEn()).isEqualTo(RealCourseText.han(lecturer.name()) ? "" : lecturer.name());
        if (remarked(text(value)) || RealCourseNotes.notGiven(value)) {
            read.assertNoted(path, value);
        }
    }

    void speaker(String path, Object value) {
        Map<String, Object> person =
                map(list(report.get("speakers_or_lecturers")).get(ReportLeaves.index(path)));
        if (RealCourseRoles.attendedOnly(person)) {
            // present, but not a speaker: no item holds them, the notes say they attended
            read.assertNoted(path, value);
            assertThat(read.spoken(text(person.get("name")), null)).isEmpty();
            return;
        }
        boolean named = RealCourseRecords.named(person);
        List<CourseReadBack.Spoken> at =
                read.spoken(named ? text(person.get("name")) : null, named ? null : line(person));
        assertThat(at).as("%s speaks at one item", person.get("name")).hasSize(1);
        CourseCatalog.Person spoken = at.getFirst().person();
        switch (path.substring(path.lastIndexOf('.') + 1)) {
            case "name" -> assertThat(spoken.lecturerId() != null).isEqualTo(named);
            case "position" -> {
                if (named) {
                    position(path, value, read.lecturer(spoken.lecturerId()));
                } else {
                    assertThat(spoken.text()).isEqualTo(line(person));
                }
            }
            default -> assertThat(inItsLanguage(spoken.topic(), text(value))).isEqualTo(text(value));
        }
    }

    AgendaEntry item(String path) {
        return read.entry(text(
                map(list(report.get("items")).get(ReportLeaves.index(path))).get("title")));
    }

    private AgendaEntry previous(String path) {
        return item("items[" + (ReportLeaves.index(path) - 1) + "]");
    }

    void itemSite(String path, Object value) {
        AgendaEntry entry = item(path);
        String place = text(value);
        if (value == null || RealCourseNotes.notGiven(value)) {
            // the report is silent: the item is at the course's venue, the model's rule, and the notes say so
            assertThat(entry.siteId()).isEqualTo(course.venueSiteId());
            read.assertNoted(path, value);
        } else if (place.equals("same")) {
            assertThat(entry.siteId()).isEqualTo(previous(path).siteId()).isNotNull();
        } else if (!course.trainingForm().inPerson() && place.contains("online")) {
            assertThat(entry.siteId()).isNull();
        } else {
            String site = comparable(read.siteName(entry.siteId()));
            // "NAEA" is the venue "NAEA, Beijing", "区委党校" the venue "嘉定区委党校"
            assertThat(site.contains(comparable(place)) || comparable(place).contains(site))
                    .as("%s is held at %s", entry.title().zh(), place)
                    .isTrue();
        }
    }

    void itemDate(String path, Object value) {
        AgendaEntry entry = item(path);
        String date = text(value);
        if (date.equals("same")) {
            AgendaEntry previous = previous(path);
            assertThat(entry.sharesSitting()).isTrue();
            assertThat(List.of(entry.day(), entry.startsAt(), entry.endsAt()))
                    .isEqualTo(List.of(previous.day(), previous.startsAt(), previous.endsAt()));
            return;
        }
        if (isoDate(value)) {
            assertThat(entry.day()).isEqualTo(LocalDate.parse(date));
            return;
        }
        read.assertNoted(path, value);
        LocalDate named = day(value, year);
        if (named != null && RealCourseText.before(value)) {
            assertThat(entry.day()).isBefore(named);
        } else if (named != null) {
            assertThat(entry.day()).as("the first day the report gives").isEqualTo(named);
        }
        if (date.contains("morning")) {
            assertThat(entry.startsAt()).isBefore(LocalTime.NOON);
        }
        if (date.contains("evening")) {
            assertThat(entry.startsAt()).isAfterOrEqualTo(LocalTime.of(18, 0));
        }
        if (date.startsWith("end of")) {
            assertThat(entry.day()).isEqualTo(course.endsOn());
        }
    }

    /** The line of text an unnamed speaker is kept as: who they were, and their position where the report gives one. */
    static String line(Map<String, Object> person) {
        String position = text(person.get("position"));
        return position.isEmpty() ? text(person.get("name")) : text(person.get("name")) + "; " + position;
    }
}
