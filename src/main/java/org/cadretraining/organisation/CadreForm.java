package org.cadretraining.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A cadre as entered on the page or sent to the API; the same rules apply to both. */
record CadreForm(
        @NotBlank
        @Size(max = StaffNumber.MAX_LENGTH)
        @Pattern(regexp = StaffNumber.PATTERN, message = "{" + StaffNumber.PATTERN_MESSAGE_KEY + "}")
        String staffNumber,

        @NotBlank @Size(max = 100) String name,
        @Size(max = 100) String nameEn,
        Gender gender,
        @NotNull Long unitId,
        @Size(max = 200) String positionZh,
        @Size(max = 200) String positionEn,
        @Size(max = 32) String rankCode,
        @Size(max = 100) String category,

        @Size(max = 32) @Pattern(regexp = "[0-9+()\\- ]*", message = "{organisation.cadre.phone.pattern}")
        String phone,

        @Size(max = 200) @Email String email,
        @Size(max = 500) String note,
        Boolean active) {

    /** The page and the API both bind through here, so both see the staff number the import would store. */
    CadreForm {
        staffNumber = StaffNumber.normalize(staffNumber);
    }

    static CadreForm empty() {
        return new CadreForm("", "", "", null, null, "", "", null, "", "", "", "", true);
    }

    static CadreForm of(CadreDetails d) {
        return new CadreForm(
                d.staffNumber(),
                d.name(),
                d.nameEn(),
                d.gender(),
                d.unitId(),
                d.positionZh(),
                d.positionEn(),
                d.rankCode(),
                d.category(),
                d.phone(),
                d.email(),
                d.note(),
                d.active());
    }

    CadreDetails toDetails() {
        return new CadreDetails(
                staffNumber,
                name,
                nameEn,
                gender,
                unitId,
                positionZh,
                positionEn,
                rankCode,
                category,
                phone,
                email,
                note,
                active == null || active);
    }
}
