package org.cadretraining.documents.print;

import org.cadretraining.shared.LocalizedText;

/**
 * A participant as the desk prints them. {@code nameEn} is the romanised name, blank when the register has none;
 * {@code group} is blank without a study group.
 */
public record DeskPerson(
        long cadreId,
        String staffNumber,
        String name,
        String nameEn,
        LocalizedText unit,
        LocalizedText position,
        LocalizedText role,
        String group) {

    /** The name in the sheet's language: the English name on an English sheet where there is one. */
    public String nameIn(boolean english) {
        return english && !nameEn.isBlank() ? nameEn : name;
    }

    /**
     * The name as a table card sets it: a Chinese name of two characters gets an ideographic space between them, so
     * that it is as wide as a three-character name next to it, as printed name cards have it.
     */
    public String spacedNameIn(boolean english) {
        String shown = nameIn(english);
        boolean chinese =
                shown.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return chinese && shown.codePointCount(0, shown.length()) == 2
                ? shown.substring(0, shown.offsetByCodePoints(0, 1)) + "\u3000"
                        + shown.substring(shown.offsetByCodePoints(0, 1))
                : shown;
    }
}
