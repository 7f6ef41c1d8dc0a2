package org.cadretraining.news;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cadretraining.completion.CourseOutcomes;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.material.MaterialTitles;
import org.cadretraining.news.CourseTrainees.Trainee;
import org.cadretraining.news.draft.CourseFacts;
import org.cadretraining.news.draft.CourseFacts.Item;
import org.cadretraining.news.draft.CourseFacts.Outcome;
import org.cadretraining.news.draft.CourseFacts.Person;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.LocalizedText;
import org.springframework.stereotype.Component;

/**
 * Gathers a course's facts for its news draft from the public APIs of courses (organisers, host, venue, audience,
 * agenda with presiders and speakers), enrolment (the trainees by role), materials and completion.
 */
@Component
class CourseFactsReader {

    private static final LocalizedText NONE = new LocalizedText("", "");

    private final CourseCatalog courses;
    private final OrganisationDirectory directory;
    private final CourseTrainees trainees;
    private final MaterialTitles materials;
    private final CourseOutcomes outcomes;
    private final Clock clock;

    CourseFactsReader(
            CourseCatalog courses,
            OrganisationDirectory directory,
            CourseTrainees trainees,
            MaterialTitles materials,
            CourseOutcomes outcomes,
            Clock clock) {
        this.courses = courses;
        this.directory = directory;
        this.trainees = trainees;
        this.materials = materials;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /** The facts, naming the trainees in {@code named} besides the team leader. */
    CourseFacts read(CourseSummary course, Set<Long> named) {
        List<Trainee> members = trainees.of(course.id());
        Trainee leader =
                members.stream().filter(Trainee::teamLeader).findFirst().orElse(null);
        List<AgendaEntry> agenda = courses.agenda(course.id());
        Speakers speakers = new Speakers(courses, directory, agenda, course.venueSiteId());
        List<Long> organisers =
                course.organiserUnitIds().isEmpty() ? List.of(course.organiserUnitId()) : course.organiserUnitIds();
        boolean closed = course.status() == CourseStatus.COMPLETED || course.status() == CourseStatus.ARCHIVED;
        CourseOutcomes.Outcome outcome = closed ? outcomes.of(course.id()) : new CourseOutcomes.Outcome(0, 0);
        List<Item> items = new ArrayList<>();
        for (AgendaEntry entry : agenda) {
            items.add(new Item(
                    entry.type(),
                    entry.day(),
                    entry.title(),
                    speakers.place(entry.siteId()),
                    speakers.person(entry.presider()),
                    speakers.of(entry)));
        }
        return new CourseFacts(
                course.title(),
                course.purpose(),
                course.startsOn(),
                course.endsOn(),
                LocalDate.now(clock).getYear(),
                units(organisers),
                units(course.coOrganiserUnitIds()),
                course.hostUnitId() == null
                        ? NONE
                        : directory.unitName(course.hostUnitId()).orElse(NONE),
                speakers.place(course.venueSiteId()),
                course.trainingForm(),
                course.audience().line(),
                leadingCadres(course),
                items,
                materials.forParticipants(course.id()),
                leader == null ? null : person(leader),
                (int) members.stream().filter(t -> !t.teamLeader()).count(),
                members.stream()
                        .filter(t -> !t.teamLeader() && named.contains(t.cadreId()))
                        .map(CourseFactsReader::person)
                        .toList(),
                new Outcome(closed, outcome.completed(), outcome.certified()));
    }

    /** Leading cadres (领导干部) only where the audience says so, or, with no audience given, the title does. */
    static boolean leadingCadres(CourseSummary course) {
        LocalizedText audience = course.audience().line();
        LocalizedText said = audience.zh().isEmpty() && audience.en().isEmpty() ? course.title() : audience;
        String words = (said.zh() + " " + said.en()).toLowerCase(Locale.ROOT);
        return words.contains("领导干部") || words.contains("leading cadre");
    }

    private List<LocalizedText> units(List<Long> ids) {
        return ids.stream()
                .map(directory::unitName)
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    private static Person person(Trainee trainee) {
        return new Person(trainee.name(), trainee.nameEn(), trainee.position(), null);
    }

    /** Who spoke or presided, resolved from the lecturer register and the cadres; the sites by name. */
    private static final class Speakers {

        private final Map<Long, CourseCatalog.LecturerName> lecturers;
        private final Map<Long, OrganisationDirectory.CadreSummary> cadres;
        private final Map<Long, CourseCatalog.Place> places;

        Speakers(CourseCatalog courses, OrganisationDirectory directory, List<AgendaEntry> agenda, Long venue) {
            List<CourseCatalog.Person> people = new ArrayList<>();
            agenda.forEach(entry -> {
                people.add(entry.presider());
                people.addAll(entry.speakers());
            });
            lecturers = courses.lecturers(people.stream()
                    .map(CourseCatalog.Person::lecturerId)
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .toList());
            cadres = directory.cadres(people.stream()
                    .map(CourseCatalog.Person::cadreId)
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .toList());
            places = courses.places(java.util.stream.Stream.concat(
                            agenda.stream().map(AgendaEntry::siteId), java.util.stream.Stream.of(venue))
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .toList());
        }

        List<Person> of(AgendaEntry entry) {
            return entry.speakers().stream()
                    .map(this::person)
                    .filter(p -> p != null)
                    .toList();
        }

        Person person(CourseCatalog.Person who) {
            if (who == null || who.nobody()) {
                return null;
            }
            if (who.lecturerId() != null && lecturers.containsKey(who.lecturerId())) {
                CourseCatalog.LecturerName lecturer = lecturers.get(who.lecturerId());
                return new Person(lecturer.name().zh(), lecturer.name().en(), lecturer.role(), who.topic());
            }
            if (who.cadreId() != null && cadres.containsKey(who.cadreId())) {
                OrganisationDirectory.CadreSummary cadre = cadres.get(who.cadreId());
                return new Person(cadre.name(), cadre.nameEn(), cadre.position(), who.topic());
            }
            return new Person(who.text(), "", null, who.topic());
        }

        LocalizedText place(Long siteId) {
            CourseCatalog.Place place = siteId == null ? null : places.get(siteId);
            return place == null ? NONE : place.name();
        }
    }
}
