package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.course.RealCourseText.day;
import static org.cadretraining.course.RealCourseText.isoDate;
import static org.cadretraining.course.RealCourseText.map;
import static org.cadretraining.course.RealCourseText.plain;
import static org.cadretraining.course.RealCourseText.remarked;
import static org.cadretraining.course.RealCourseText.text;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;

/**
 * How each leaf of a report is read back from the course it was entered as: from the field meant for it, or, where
 * the model has none, from the notes verbatim. {@link #readBack} asserts and says whether it knew the leaf; a leaf
 * it does not know stays unticked and fails the test.
 */
final class RealCourseFacts {

    private final Map<String, Object> report;
    private final CourseReadBack read;
    private final CourseSummary course;
    private final int year;
    private final RealCourseItemFacts items;

    RealCourseFacts(Map<String, Object> report, CourseReadBack read) {
        this.report = report;
        this.read = read;
        this.course = read.course;
        this.year = course.endsOn().getYear();
        this.items = new RealCourseItemFacts(report, read);
    }

    boolean readBack(String path, Object value) {
        String kind = ReportLeaves.kind(path);
        switch (kind) {
            case "source.title_in_text", "source.url", "source.note", "shape" -> read.assertNoted(path, value);
            case "dates.time_of_day", "dates.length", "dates.rhythm" -> read.assertNoted(path, value);
            case "title_zh" -> assertThat(course.title().zh()).isEqualTo(text(value));
            case "title_en" -> titleEn(value);
            case "year" -> year(path, value);
            case "dates.start" -> start(path, value);
            case "dates.end" -> end(path, value);
            case "dates.opening" ->
                assertThat(read.entryOfType(AgendaItemType.OPENING_CEREMONY).day())
                        .isEqualTo(LocalDate.parse(text(value)));
            case "dates.note" -> cohorts(path, value);
            case "organisers" -> assertThat(course.organiserUnitIds()).isEmpty();
            case "co_organisers" -> assertThat(course.coOrganiserUnitIds()).isEmpty();
            case "organisers[]" -> unit(path, value, course.organiserUnitIds().get(ReportLeaves.index(path)));
            case "co_organisers[]" ->
                unit(path, value, course.coOrganiserUnitIds().get(ReportLeaves.index(path)));
            case "host_institution" -> host(path, value);
            case "venues" -> assertThat(course.venueSiteId()).isNull();
            case "venues[]" -> venue(path, value);
            case "presider_or_chair" ->
                assertThat(read.agenda)
                        .allSatisfy(e -> assertThat(e.presider().nobody()).isTrue());
            case "presider_or_chair.name" -> items.presider(value);
            case "presider_or_chair.position" -> items.position(path, value, items.presidingLecturer());
            case "speakers_or_lecturers" ->
                assertThat(read.agenda).allSatisfy(e -> assertThat(e.speakers()).isEmpty());
            case "speakers_or_lecturers[].name", "speakers_or_lecturers[].position", "speakers_or_lecturers[].topic" ->
                items.speaker(path, value);
            case "items[].type" -> assertThat(items.item(path).type()).isEqualTo(RealCourseRoles.type(text(value)));
            case "items[].title" ->
                assertThat(items.item(path).title()).isEqualTo(RealCourseText.localized(text(value)));
            case "items[].site" -> items.itemSite(path, value);
            case "items[].date" -> items.itemDate(path, value);
            case "participants.count" -> count(path, value);
            case "participants.who" ->
                assertThat(course.audience().line()).isEqualTo(RealCourseText.localized(text(value)));
            case "other.homework" -> assertThat(read.entry(text(value)).type()).isEqualTo(AgendaItemType.HOMEWORK);
            default -> {
                if (!kind.startsWith("other.")) {
                    return false;
                }
                read.assertNoted(path, value);
            }
        }
        return true;
    }

    private void titleEn(Object value) {
        assertThat(course.title().en()).isEqualTo(text(value));
        if (!report.containsKey("title_zh")) {
            // the Chinese half is never empty: an English-only title stands in it too
            assertThat(course.title().zh()).isEqualTo(text(value));
        }
    }

    private void year(String path, Object value) {
        assertThat(year).isEqualTo(RealCourseText.year(value));
        if (!text(value).matches("\\d{4}")) {
            read.assertNoted(path, value);
        }
    }

    private void start(String path, Object value) {
        if (isoDate(value)) {
            assertThat(course.startsOn()).isEqualTo(LocalDate.parse(text(value)));
            return;
        }
        read.assertNoted(path, value);
        LocalDate named = day(value, year);
        if (named != null) {
            // "shortly before 2017-09-05": a sample day before it
            assertThat(course.startsOn()).isBefore(named);
        }
    }

    private void end(String path, Object value) {
        if (isoDate(value)) {
            assertThat(course.endsOn()).isEqualTo(LocalDate.parse(text(value)));
            return;
        }
        read.assertNoted(path, value);
        LocalDate named = day(value, year);
        if (named != null) {
            assertThat(course.endsOn())
                    .as("the day the report gives without its year")
                    .isEqualTo(named);
        } else if (value == null) {
            // no end given: the course ends with the last day the report gives
            assertThat(course.endsOn())
                    .isEqualTo(read.agenda.stream()
                            .map(AgendaEntry::day)
                            .max(LocalDate::compareTo)
                            .orElseThrow());
        } else {
            assertThat(course.endsOn())
                    .isAfter(course.startsOn().plus(RealCourseText.span(value)).minusDays(1));
        }
        Object length = map(report.get("dates")).get("length");
        if (RealCourseText.span(length) != null) {
            assertThat(course.startsOn().plus(RealCourseText.span(length))).isEqualTo(course.endsOn());
        }
    }

    private void cohorts(String path, Object value) {
        read.assertNoted(path, value);
        if (text(value).contains("cohort")) {
            assertThat(course.cohorts()).hasSize(RealCourseText.leadingNumber(value));
            long days = RealCourseText.span(value).getDays();
            assertThat(course.cohorts())
                    .allSatisfy(c -> assertThat(ChronoUnit.DAYS.between(c.startsOn(), c.endsOn()) + 1)
                            .isEqualTo(days));
            assertThat(course.cohorts().getFirst().startsOn()).isEqualTo(course.startsOn());
            assertThat(course.cohorts().getLast().endsOn()).isEqualTo(course.endsOn());
        }
    }

    private void unit(String path, Object value, Long unitId) {
        assertThat(read.unitName(unitId)).isEqualTo(plain(text(value)));
        if (remarked(text(value))) {
            read.assertNoted(path, value);
        }
    }

    private void host(String path, Object value) {
        if (text(value).startsWith("same ")) {
            // "same Party school": the organiser hosted it
            assertThat(course.hostUnitId()).isEqualTo(course.organiserUnitId());
            read.assertNoted(path, value);
        } else {
            unit(path, value, course.hostUnitId());
        }
    }

    private void venue(String path, Object value) {
        int k = ReportLeaves.index(path);
        if (!course.trainingForm().inPerson()) {
            // an online course meets in no place: the venue is how it was held, kept verbatim
            assertThat(course.venueSiteId()).isNull();
            read.assertNoted(path, value);
            return;
        }
        if (k == 0) {
            assertThat(read.siteName(course.venueSiteId())).isEqualTo(plain(text(value)));
        } else if (!read.noted(path)) {
            assertThat(read.agenda)
                    .as("an item is held at %s", value)
                    .anyMatch(
                            e -> e.siteId() != null && read.siteName(e.siteId()).equals(plain(text(value))));
        }
        if (remarked(text(value)) || read.noted(path)) {
            read.assertNoted(path, value);
        }
    }

    private void count(String path, Object value) {
        assertThat(read.participants).isEqualTo(RealCourseRecords.classSize(report));
        if (!text(value).matches("\\d+")) {
            read.assertNoted(path, value);
        }
    }
}
