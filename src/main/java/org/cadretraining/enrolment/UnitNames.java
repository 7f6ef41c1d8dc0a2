package org.cadretraining.enrolment;

import java.util.List;
import java.util.Locale;
import org.cadretraining.organisation.UnitNode;

/**
 * Finds the unit a person means by what they typed: its code first (codes are unique), else its Chinese or English
 * name (English without regard to case). A name several units share names them all, so that the caller can ask
 * for the code.
 */
final class UnitNames {

    private final List<UnitNode> units;

    UnitNames(List<UnitNode> units) {
        this.units = units;
    }

    List<UnitNode> named(String typed) {
        String text = typed.strip();
        List<UnitNode> byCode =
                units.stream().filter(u -> u.code().equalsIgnoreCase(text)).toList();
        if (!byCode.isEmpty()) {
            return byCode;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return units.stream()
                .filter(u -> u.name().zh().equals(text)
                        || (u.name().en() != null
                                && u.name().en().toLowerCase(Locale.ROOT).equals(lower)))
                .toList();
    }
}
