package org.cadretraining.enrolment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadretraining.enrolment.BulkPlan.Resolved;
import org.cadretraining.organisation.CadreFinder;
import org.cadretraining.organisation.CadreFinder.FoundCadre;
import org.springframework.stereotype.Component;

/**
 * Finds the cadre each line of a bulk step names, with two queries for the whole list. A staff number names one
 * cadre; a name that two cadres share is reported as ambiguous with their staff numbers, never guessed.
 */
@Component
class BulkLookup {

    private final CadreFinder finder;

    BulkLookup(CadreFinder finder) {
        this.finder = finder;
    }

    List<Resolved> resolve(List<Wanted> wanted) {
        Map<Long, FoundCadre> byId =
                finder
                        .byIds(wanted.stream()
                                .map(Wanted::cadreId)
                                .filter(Objects::nonNull)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(FoundCadre::id, Function.identity()));
        Collection<String> texts = wanted.stream()
                .map(Wanted::text)
                .filter(t -> t != null && !t.isEmpty())
                .toList();
        List<FoundCadre> byText = finder.byStaffNumbersOrNames(texts);
        Map<String, FoundCadre> byStaffNumber =
                byText.stream().collect(Collectors.toMap(FoundCadre::staffNumber, Function.identity()));
        Map<String, List<FoundCadre>> byName = new java.util.HashMap<>();
        for (FoundCadre cadre : byText) {
            byName.computeIfAbsent(cadre.name(), n -> new ArrayList<>()).add(cadre);
            if (cadre.nameEn() != null
                    && !cadre.nameEn().isBlank()
                    && !cadre.nameEn().equals(cadre.name())) {
                byName.computeIfAbsent(cadre.nameEn(), n -> new ArrayList<>()).add(cadre);
            }
        }
        return wanted.stream()
                .map(line -> resolve(line, byId, byStaffNumber, byName))
                .toList();
    }

    private static Resolved resolve(
            Wanted line,
            Map<Long, FoundCadre> byId,
            Map<String, FoundCadre> byStaffNumber,
            Map<String, List<FoundCadre>> byName) {
        if (line.cadreId() != null) {
            FoundCadre cadre = byId.get(line.cadreId());
            return cadre != null ? found(line, cadre) : refused(line, "enrolment.bulk.notFound", "#" + line.cadreId());
        }
        String text = line.text() == null ? "" : line.text();
        if (text.isEmpty()) {
            return refused(line, "enrolment.bulk.row.empty");
        }
        FoundCadre byNumber = byStaffNumber.get(text);
        if (byNumber != null) {
            return found(line, byNumber);
        }
        List<FoundCadre> named = byName.getOrDefault(text, List.of());
        if (named.size() > 1) {
            String staffNumbers = named.stream().map(FoundCadre::staffNumber).collect(Collectors.joining(", "));
            return refused(line, "enrolment.bulk.ambiguous", text, named.size(), staffNumbers);
        }
        return named.isEmpty() ? refused(line, "enrolment.bulk.notFound", text) : found(line, named.getFirst());
    }

    private static Resolved found(Wanted line, FoundCadre cadre) {
        return new Resolved(line, cadre, null, List.of());
    }

    private static Resolved refused(Wanted line, String key, Object... arguments) {
        return new Resolved(line, null, key, List.of(arguments));
    }
}
