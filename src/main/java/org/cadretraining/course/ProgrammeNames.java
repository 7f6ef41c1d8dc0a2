package org.cadretraining.course;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadretraining.course.lecturer.LecturerSummary;
import org.cadretraining.course.site.SiteSummary;
import org.cadretraining.organisation.OrganisationDirectory.CadreSummary;
import org.cadretraining.shared.LocalizedText;

/**
 * The people and places a programme names, matched against the registers: a name that is one active lecturer's is
 * that lecturer; a name several lecturers share is ambiguous; any other is new, to be added to the register when
 * the organiser asks for it, or else kept as a name. Places likewise, by their Chinese or English name.
 *
 * <p>A ceremony's speaker or chair is a leader, not a lecturer (as the team leader who speaks at the seed's opening
 * ceremony): they are matched against the cadres of the directory instead, and never added to the lecturers'
 * register, where they would get a lecturer's duties (materials) and scores (evaluation).
 */
final class ProgrammeNames {

    /** How a name of the programme was matched. */
    enum Match {
        REGISTERED,
        NEW,
        AMBIGUOUS,
        /** A ceremony's speaker or chair who is one active cadre of the directory. */
        CADRE,
        /** A ceremony's speaker or chair kept as the name the programme gives. */
        NAME
    }

    /** A name of the programme, how it was matched, and how the programme will show that person ({@code shown}). */
    record Person(String name, Match match, Long lecturerId, Long cadreId, Programme.PersonView shown) {}

    record Place(String name, Match match, Long siteId) {}

    /** The preview names no topics: they are given on the item's own form. */
    private static final LocalizedText NO_TOPIC = new LocalizedText("", "");

    private final Map<String, List<LecturerSummary>> lecturers;
    private final Map<String, List<SiteSummary>> sites;
    private final Map<String, List<CadreSummary>> cadres = new HashMap<>();

    ProgrammeNames(List<LecturerSummary> lecturers, List<SiteSummary> sites, List<CadreSummary> cadres) {
        this.lecturers = lecturers.stream().collect(Collectors.groupingBy(l -> key(l.name())));
        for (CadreSummary cadre : cadres) {
            for (String name : Set.of(key(cadre.name()), key(cadre.nameEn()))) {
                if (!name.isEmpty()) {
                    this.cadres.computeIfAbsent(name, k -> new ArrayList<>()).add(cadre);
                }
            }
        }
        Map<String, List<SiteSummary>> byName = new HashMap<>();
        for (SiteSummary site : sites) {
            for (String name : Set.of(key(site.name().zh()), key(site.name().en()))) {
                if (!name.isEmpty()) {
                    byName.computeIfAbsent(name, k -> new ArrayList<>()).add(site);
                }
            }
        }
        this.sites = byName;
    }

    Person person(String name) {
        List<LecturerSummary> found = lecturers.getOrDefault(key(name), List.of());
        return switch (found.size()) {
            case 0 -> new Person(name, Match.NEW, null, null, named(name));
            case 1 ->
                new Person(
                        name,
                        Match.REGISTERED,
                        found.getFirst().id(),
                        null,
                        Programme.PersonView.of(found.getFirst(), NO_TOPIC));
            default -> new Person(name, Match.AMBIGUOUS, null, null, named(name));
        };
    }

    /** A ceremony's speaker or chair: the cadre of that name when there is exactly one, else just the name. */
    Person leader(String name) {
        List<CadreSummary> found = cadres.getOrDefault(key(name), List.of());
        return found.size() == 1
                ? new Person(
                        name,
                        Match.CADRE,
                        null,
                        found.getFirst().id(),
                        Programme.PersonView.of(found.getFirst(), NO_TOPIC))
                : new Person(name, Match.NAME, null, null, named(name));
    }

    private static Programme.PersonView named(String name) {
        return Programme.PersonView.named(name, NO_TOPIC);
    }

    Optional<Place> place(String name) {
        if (name.isBlank()) {
            return Optional.empty();
        }
        List<SiteSummary> found = sites.getOrDefault(key(name), List.of());
        return Optional.of(
                switch (found.size()) {
                    case 0 -> new Place(name, Match.NEW, null);
                    case 1 -> new Place(name, Match.REGISTERED, found.getFirst().id());
                    default -> new Place(name, Match.AMBIGUOUS, null);
                });
    }

    /** The new names among the lines' speakers and presiders, each once, in the order they first appear. */
    static Set<String> newPeople(List<Person> people) {
        return people.stream()
                .filter(p -> p.match() == Match.NEW)
                .map(Person::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
