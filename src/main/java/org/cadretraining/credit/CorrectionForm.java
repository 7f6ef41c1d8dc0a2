package org.cadretraining.credit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A correction as the organiser enters it: the hours the entry should have had, and why. */
record CorrectionForm(
        @NotNull(message = "{credit.correction.hoursInvalid}")
        BigDecimal hours,

        @NotBlank(message = "{credit.correction.reasonRequired}") @Size(max = 1000)
        String reason) {}
