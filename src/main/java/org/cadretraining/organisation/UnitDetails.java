package org.cadretraining.organisation;

import org.cadretraining.shared.LocalizedText;

/** What describes a unit, as entered on a form, in an import row or through the API. */
public record UnitDetails(String code, LocalizedText name, UnitKind kind, Long parentId, boolean active) {

    public UnitDetails {
        code = code == null ? "" : code.strip();
    }
}
