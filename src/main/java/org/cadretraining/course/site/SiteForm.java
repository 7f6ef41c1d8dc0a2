package org.cadretraining.course.site;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.cadretraining.shared.LocalizedText;

/** A site as entered on the page or sent to the API. */
record SiteForm(
        @NotBlank @Size(max = 200) String nameZh,
        @Size(max = 200) String nameEn,
        @Size(max = 500) String address,
        @NotNull SiteKind kind,
        @Positive @Max(100_000) Integer capacity,
        Boolean active,
        Boolean shareable) {

    static SiteForm empty() {
        return new SiteForm("", "", "", SiteKind.MEMORIAL_HALL, null, true, false);
    }

    static SiteForm of(SiteSummary site) {
        return new SiteForm(
                site.name().zh(),
                site.name().en(),
                site.address(),
                site.kind(),
                site.capacity(),
                site.active(),
                site.shareable());
    }

    SiteDetails toDetails() {
        return new SiteDetails(
                new LocalizedText(nameZh, nameEn),
                address,
                kind,
                capacity,
                active == null || active,
                shareable != null && shareable);
    }
}
