package org.cadretraining.organisation;

import java.util.Locale;
import org.cadretraining.shared.LocalizedText;

/** Everything that describes a cadre, as entered on a form, in an import row or through the API. */
public record CadreDetails(
        String staffNumber,
        String name,
        String nameEn,
        Gender gender,
        Long unitId,
        String positionZh,
        String positionEn,
        String rankCode,
        String category,
        String phone,
        String email,
        String note,
        boolean active) {

    public CadreDetails {
        staffNumber = clean(staffNumber);
        name = clean(name);
        nameEn = clean(nameEn);
        positionZh = clean(positionZh);
        positionEn = clean(positionEn);
        rankCode = rankCode == null || rankCode.isBlank() ? null : rankCode.strip();
        category = clean(category);
        phone = clean(phone);
        email = clean(email);
        note = clean(note);
    }

    /** A cadre without an English name (the form of the details before there was one). */
    public CadreDetails(
            String staffNumber,
            String name,
            Gender gender,
            Long unitId,
            String positionZh,
            String positionEn,
            String rankCode,
            String category,
            String phone,
            String email,
            String note,
            boolean active) {
        this(
                staffNumber,
                name,
                "",
                gender,
                unitId,
                positionZh,
                positionEn,
                rankCode,
                category,
                phone,
                email,
                note,
                active);
    }

    /** The name to print in the language: the English name where there is one, else the name as registered. */
    public String nameIn(Locale locale) {
        return "en".equals(locale.getLanguage()) && !nameEn.isEmpty() ? nameEn : name;
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    /** The position to print in the language, falling back to the other one. */
    public String positionIn(Locale locale) {
        return new LocalizedText(positionZh, positionEn).in(locale);
    }
}
