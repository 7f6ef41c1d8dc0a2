package org.cadretraining.course;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadretraining.course.lecturer.LecturerSummary;
import org.cadretraining.course.site.SiteSummary;

/**
 * The people and places a programme names, matched against the registers: a name that is one active lecturer's is
 * that lecturer; a name several lecturers share is ambiguous; any other is new, to be added to the register when
 * the organiser asks for it, or else kept as a name. Places likewise, by their Chinese or English name.
 */
final class ProgrammeNames {

    /** How a name of the programme was matched. */
    enum Match {
        REGISTERED,
        NEW,
        AMBIGUOUS
    }

    record Person(String name, Match match, Long lecturerId) {}

    record Place(String name, Match match, Long siteId) {}

    private final Map<String, List<LecturerSummary>> lecturers;
    private final Map<String, List<SiteSummary>> sites;

    ProgrammeNames(List<LecturerSummary> lecturers, List<SiteSummary> sites) {
        this.lecturers = lecturers.stream().collect(Collectors.groupingBy(l -> key(l.name())));
        Map<String, List<SiteSummary>> byName = new java.util.HashMap<>();
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
            case 0 -> new Person(name, Match.NEW, null);
            case 1 -> new Person(name, Match.REGISTERED, found.getFirst().id());
            default -> new Person(name, Match.AMBIGUOUS, null);
        };
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
