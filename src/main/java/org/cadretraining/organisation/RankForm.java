package org.cadretraining.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A rank as the administrator enters it: the list of ranks is the institution's own. */
record RankForm(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Z0-9_]*", message = "{organisation.rank.code.pattern}")
        String code,

        @NotBlank @Size(max = 50) String nameZh,
        @NotBlank @Size(max = 100) String nameEn,

        @NotBlank @Pattern(regexp = "COUNTY_AND_ABOVE|SECTION_AND_BELOW")
        String tier,

        @NotNull Integer sortOrder,
        Boolean active) {

    static RankForm empty(int nextSortOrder) {
        return new RankForm("", "", "", "SECTION_AND_BELOW", nextSortOrder, true);
    }
}
