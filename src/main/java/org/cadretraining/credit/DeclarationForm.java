package org.cadretraining.credit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * A declaration as typed on the page. A cadre declares for themselves and leaves the staff number empty; a liaison
 * or an organiser names the cadre by staff number.
 */
record DeclarationForm(
        @Size(max = 32) String staffNumber,
        @NotNull(message = "{credit.external.kindRequired}") ExternalKind kind,

        @NotBlank(message = "{credit.external.titleRequired}") @Size(max = 300)
        String title,

        @NotBlank(message = "{credit.external.providerRequired}") @Size(max = 300)
        String provider,

        @NotNull(message = "{credit.external.dateRequired}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startsOn,

        @NotNull(message = "{credit.external.dateRequired}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate endsOn,

        @NotNull(message = "{credit.external.hoursInvalid}") BigDecimal hours,
        MultipartFile evidence) {

    static DeclarationForm empty() {
        return new DeclarationForm("", null, "", "", null, null, null, null);
    }
}
