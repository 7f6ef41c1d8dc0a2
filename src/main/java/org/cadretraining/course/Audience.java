package org.cadretraining.course;

import java.util.List;
import org.cadretraining.shared.LocalizedText;

/**
 * Who a course is for (参训对象): rank levels (codes of the organisation's ranks), cadre categories, units, and the
 * line a news report or a notice uses ("中层和科级干部" / "middle-level and section-level cadres").
 */
public record Audience(List<String> rankCodes, List<String> cadreCategories, List<Long> unitIds, LocalizedText line) {

    public static final Audience ANYONE = new Audience(List.of(), List.of(), List.of(), new LocalizedText("", ""));

    public Audience {
        rankCodes = rankCodes == null ? List.of() : List.copyOf(rankCodes);
        cadreCategories = cadreCategories == null
                ? List.of()
                : cadreCategories.stream()
                        .map(String::strip)
                        .filter(c -> !c.isEmpty())
                        .toList();
        unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
        line = line == null ? new LocalizedText("", "") : line;
    }
}
