package org.cadretraining.organisation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadretraining.shared.LocalizedText;
import org.springframework.stereotype.Component;

/** Shows a cadre with the names of their unit and rank, and every period of their service. */
@Component
class CadreHistoryView {

    record Period(
            LocalizedText unit,
            LocalizedText position,
            LocalizedText rank,
            LocalDate from,
            LocalDate to,
            String recordedBy) {}

    record CadreView(long id, CadreDetails details, LocalizedText unit, LocalizedText rank, List<Period> history) {}

    private final UnitRepository units;
    private final Ranks ranks;

    CadreHistoryView(UnitRepository units, Ranks ranks) {
        this.units = units;
        this.ranks = ranks;
    }

    CadreView describe(Cadre cadre) {
        Map<Long, LocalizedText> unitNames = new HashMap<>();
        Map<String, LocalizedText> rankNames = new HashMap<>();
        ranks.all().forEach(r -> rankNames.put(r.code(), r.name()));
        List<Period> periods = cadre.history().stream()
                .map(a -> new Period(
                        unitName(a.unitId(), unitNames),
                        new LocalizedText(a.positionZh(), a.positionEn()),
                        rankNames.getOrDefault(a.rankCode(), new LocalizedText("", "")),
                        a.validFrom(),
                        a.validTo(),
                        a.recordedBy()))
                .toList();
        CadreDetails details = cadre.details();
        return new CadreView(
                cadre.id(),
                details,
                unitName(details.unitId(), unitNames),
                rankNames.getOrDefault(details.rankCode(), new LocalizedText("", "")),
                periods);
    }

    private LocalizedText unitName(Long id, Map<Long, LocalizedText> cache) {
        return cache.computeIfAbsent(
                id, key -> units.findById(key).map(Unit::name).orElse(new LocalizedText("", "")));
    }
}
