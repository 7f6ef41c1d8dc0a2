package org.cadretraining.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cadretraining.shared.LocalizedText;

/** A unit as entered on the page or sent to the API. */
record UnitForm(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_.-]*", message = "{organisation.unit.code.pattern}")
        String code,

        @NotBlank @Size(max = 200) String nameZh,
        @Size(max = 200) String nameEn,
        @NotNull UnitKind kind,
        Long parentId,
        Boolean active) {

    static UnitForm empty(Long parentId) {
        return new UnitForm("", "", "", UnitKind.DEPARTMENT, parentId, true);
    }

    static UnitForm of(Unit unit) {
        return new UnitForm(
                unit.code(), unit.name().zh(), unit.name().en(), unit.kind(), unit.parentId(), unit.active());
    }

    UnitDetails toDetails() {
        return new UnitDetails(code, new LocalizedText(nameZh, nameEn), kind, parentId, active == null || active);
    }
}
