package org.cadretraining.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseCatalog.LecturerName;
import org.cadretraining.course.CourseCatalog.Person;
import org.cadretraining.course.CourseCatalog.Place;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.OrganisationDirectory.CadreSummary;
import org.cadretraining.organisation.UnitNode;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.springframework.stereotype.Component;

/** Reads a course and its agenda from the catalogue and names the units, sites and speakers they refer to. */
@Component
class AgendaSheets {

    private static final LocalizedText NONE = new LocalizedText("", "");

    private final CourseCatalog catalog;
    private final OrganisationDirectory directory;

    AgendaSheets(CourseCatalog catalog, OrganisationDirectory directory) {
        this.catalog = catalog;
        this.directory = directory;
    }

    CourseSummary course(long courseId) {
        return lookUp(courseId).orElseThrow(() -> DomainException.notFound("documents.course.notFound"));
    }

    Optional<CourseSummary> lookUp(long courseId) {
        return catalog.course(courseId);
    }

    AgendaSheet of(CourseSummary course) {
        List<AgendaEntry> agenda = catalog.agenda(course.id()).stream()
                .sorted(Comparator.comparing(AgendaEntry::day).thenComparing(AgendaEntry::startsAt))
                .toList();
        Set<Long> siteIds = new HashSet<>();
        if (course.venueSiteId() != null) {
            siteIds.add(course.venueSiteId());
        }
        agenda.stream().map(AgendaEntry::siteId).filter(Objects::nonNull).forEach(siteIds::add);
        Map<Long, Place> places = catalog.places(siteIds);
        Map<Long, LecturerName> lecturers = catalog.lecturers(agenda.stream()
                .flatMap(AgendaSheets::people)
                .map(Person::lecturerId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Map<Long, CadreSummary> cadres = new HashMap<>();
        agenda.stream()
                .flatMap(AgendaSheets::people)
                .map(Person::cadreId)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(id -> directory.cadre(id).ifPresent(cadre -> cadres.put(id, cadre)));

        List<AgendaSheet.Day> days = new ArrayList<>();
        CreditHours total = CreditHours.ZERO;
        CreditHours mandatory = CreditHours.ZERO;
        for (LocalDate date = course.startsOn(); !date.isAfter(course.endsOn()); date = date.plusDays(1)) {
            List<AgendaSheet.Entry> entries = new ArrayList<>();
            CreditHours dayHours = CreditHours.ZERO;
            for (AgendaEntry item : agenda) {
                if (item.day().equals(date)) {
                    entries.add(entry(item, places, lecturers, cadres));
                    dayHours = dayHours.plus(item.creditHours());
                    if (item.mandatory()) {
                        mandatory = mandatory.plus(item.creditHours());
                    }
                }
            }
            total = total.plus(dayHours);
            days.add(new AgendaSheet.Day(days.size() + 1, date, entries, dayHours));
        }
        return new AgendaSheet(facts(course, places), days, total, mandatory);
    }

    private AgendaSheet.Facts facts(CourseSummary course, Map<Long, Place> places) {
        Map<Long, LocalizedText> units = unitNames();
        Place venue = course.venueSiteId() == null ? null : places.get(course.venueSiteId());
        return new AgendaSheet.Facts(
                course.id(),
                course.title(),
                course.status(),
                units.getOrDefault(course.organiserUnitId(), NONE),
                course.hostUnitId() == null ? NONE : units.getOrDefault(course.hostUnitId(), NONE),
                venue == null ? NONE : venue.name(),
                venue == null ? "" : venue.address(),
                course.startsOn(),
                course.endsOn());
    }

    Map<Long, LocalizedText> unitNames() {
        Map<Long, LocalizedText> names = new HashMap<>();
        for (UnitNode unit : directory.allUnits()) {
            names.put(unit.id(), unit.name());
        }
        return names;
    }

    /** Everyone named at an item: its speakers and its presider. */
    private static Stream<Person> people(AgendaEntry item) {
        return Stream.concat(item.speakers().stream(), Stream.of(item.presider()));
    }

    private static AgendaSheet.Entry entry(
            AgendaEntry item,
            Map<Long, Place> places,
            Map<Long, LecturerName> lecturers,
            Map<Long, CadreSummary> cadres) {
        Place place = item.siteId() == null || item.dueAt() != null ? null : places.get(item.siteId());
        List<AgendaSheet.Named> speakers = item.speakers().stream()
                .map(person -> named(person, lecturers, cadres))
                .toList();
        AgendaSheet.Named main = speakers.isEmpty() ? new AgendaSheet.Named(NONE, NONE, NONE) : speakers.getFirst();
        return new AgendaSheet.Entry(
                item.id(),
                item.type(),
                item.day(),
                item.startsAt(),
                item.endsAt(),
                item.title(),
                place == null ? NONE : place.name(),
                place == null ? "" : place.address(),
                main.name(),
                main.role(),
                item.mandatory(),
                item.creditHours(),
                speakers,
                item.presider().nobody() ? null : named(item.presider(), lecturers, cadres),
                item.dueAt());
    }

    private static AgendaSheet.Named named(
            Person person, Map<Long, LecturerName> lecturers, Map<Long, CadreSummary> cadres) {
        if (person.lecturerId() != null && lecturers.containsKey(person.lecturerId())) {
            LecturerName lecturer = lecturers.get(person.lecturerId());
            return new AgendaSheet.Named(lecturer.name(), lecturer.role(), person.topic());
        }
        if (person.cadreId() != null && cadres.containsKey(person.cadreId())) {
            CadreSummary cadre = cadres.get(person.cadreId());
            return new AgendaSheet.Named(
                    new LocalizedText(cadre.name(), cadre.nameEn()), cadre.position(), person.topic());
        }
        return new AgendaSheet.Named(new LocalizedText(person.text(), ""), NONE, person.topic());
    }
}
