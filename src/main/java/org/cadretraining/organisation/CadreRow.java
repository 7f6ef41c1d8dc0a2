package org.cadretraining.organisation;

import java.util.Locale;
import org.cadretraining.shared.LocalizedText;

/** One line of the cadre directory. */
public record CadreRow(
        long id,
        String staffNumber,
        String name,
        String nameEn,
        Gender gender,
        long unitId,
        LocalizedText unitName,
        LocalizedText position,
        String rankCode,
        LocalizedText rankName,
        boolean active) {

    /** The name to print in the language: the English name in English where there is one. */
    public String nameIn(Locale locale) {
        return new LocalizedText(name, nameEn).in(locale);
    }
}
