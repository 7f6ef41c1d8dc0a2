package org.cadretraining.organisation;

/** Everything that describes a cadre, as entered on a form, in an import row or through the API. */
public record CadreDetails(
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

    public CadreDetails {
        staffNumber = clean(staffNumber);
        name = clean(name);
        positionZh = clean(positionZh);
        positionEn = clean(positionEn);
        rankCode = rankCode == null || rankCode.isBlank() ? null : rankCode.strip();
        category = clean(category);
        phone = clean(phone);
        email = clean(email);
        note = clean(note);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
