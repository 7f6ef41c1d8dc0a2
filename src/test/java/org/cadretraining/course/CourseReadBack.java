package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.course.RealCourseText.text;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseCatalog.Person;
import org.cadretraining.course.lecturer.LecturerSummary;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.Sites;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.organisation.OrganisationDirectory;

/**
 * A course as other modules and pages read it after it was entered: its facts, its agenda, the names of its units,
 * sites and lecturers from their registers, its participants. Reads only; the assertions are the test's.
 */
final class CourseReadBack {

    /** A person who speaks at an entry. */
    record Spoken(AgendaEntry entry, Person person) {}

    final CourseSummary course;
    final List<AgendaEntry> agenda;
    final List<String> notes;
    final int participants;
    private final OrganisationDirectory directory;
    private final Sites sites;
    private final Lecturers lecturers;

    CourseReadBack(
            long courseId,
            CourseCatalog catalog,
            OrganisationDirectory directory,
            Sites sites,
            Lecturers lecturers,
            ClassMembers members) {
        this.course = catalog.course(courseId).orElseThrow();
        this.agenda = catalog.agenda(courseId);
        this.notes = List.of(course.notes().zh().split("\n"));
        this.participants = members.participants(courseId).size();
        this.directory = directory;
        this.sites = sites;
        this.lecturers = lecturers;
    }

    /** The note line "path: text" (or "path: (not given)") is in the course's notes, verbatim. */
    void assertNoted(String path, Object value) {
        assertThat(notes).as("the notes keep %s verbatim", path).contains(RealCourseNotes.line(path, value));
    }

    boolean noted(String path) {
        return notes.stream().anyMatch(line -> line.startsWith(path + ": "));
    }

    String unitName(Long unitId) {
        return directory.unitName(Objects.requireNonNull(unitId)).orElseThrow().zh();
    }

    String siteName(Long siteId) {
        return sites.find(Objects.requireNonNull(siteId)).orElseThrow().name().zh();
    }

    LecturerSummary lecturer(Long lecturerId) {
        return lecturers.find(Objects.requireNonNull(lecturerId)).orElseThrow();
    }

    /** The one entry of the agenda with the title (in its Chinese half, which always holds it). */
    AgendaEntry entry(String title) {
        List<AgendaEntry> found = agenda.stream()
                .filter(entry -> entry.title().zh().equals(title))
                .toList();
        assertThat(found).as("one agenda item titled %s", title).hasSize(1);
        return found.getFirst();
    }

    AgendaEntry entryOfType(AgendaItemType type) {
        return agenda.stream()
                .filter(entry -> entry.type() == type)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no agenda item of type " + type));
    }

    /** Where a person of the register by that name, or a line of text, speaks. */
    List<Spoken> spoken(String registerName, String line) {
        return agenda.stream()
                .flatMap(entry -> entry.speakers().stream().map(person -> new Spoken(entry, person)))
                .filter(s -> s.person().lecturerId() != null
                        ? registerName != null
                                && lecturer(s.person().lecturerId()).name().equals(registerName)
                        : line != null && s.person().text().equals(line))
                .toList();
    }

    /** The text in the half of a bilingual text it was written in: Chinese text in Chinese, other in English. */
    static String inItsLanguage(org.cadretraining.shared.LocalizedText localized, String original) {
        return RealCourseText.han(original) ? localized.zh() : localized.in(Locale.ENGLISH);
    }

    static String plainText(Object value) {
        return RealCourseText.plain(text(value));
    }
}
