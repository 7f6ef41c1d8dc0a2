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
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseCatalog.LecturerName;
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
                .map(AgendaEntry::lecturerId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Map<Long, CadreSummary> cadres = new HashMap<>();
        agenda.stream()
                .map(AgendaEntry::cadreId)
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

    private static AgendaSheet.Entry entry(
            AgendaEntry item,
            Map<Long, Place> places,
            Map<Long, LecturerName> lecturers,
            Map<Long, CadreSummary> cadres) {
        Place place = item.siteId() == null ? null : places.get(item.siteId());
        String speaker = item.speakerText() == null ? "" : item.speakerText();
        LocalizedText role = NONE;
        if (item.lecturerId() != null && lecturers.containsKey(item.lecturerId())) {
            LecturerName lecturer = lecturers.get(item.lecturerId());
            speaker = lecturer.name();
            String what = String.join(
                    " ",
                    List.of(lecturer.affiliation(), lecturer.title()).stream()
                            .filter(s -> !s.isBlank())
                            .toList());
            role = new LocalizedText(what, what);
        } else if (item.cadreId() != null && cadres.containsKey(item.cadreId())) {
            CadreSummary cadre = cadres.get(item.cadreId());
            speaker = cadre.name();
            role = cadre.position();
        }
        return new AgendaSheet.Entry(
                item.id(),
                item.type(),
                item.day(),
                item.startsAt(),
                item.endsAt(),
                item.title(),
                place == null ? NONE : place.name(),
                place == null ? "" : place.address(),
                speaker,
                role,
                item.mandatory(),
                item.creditHours());
    }
}
