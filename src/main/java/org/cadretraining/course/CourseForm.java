package org.cadretraining.course;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;

/** A course as entered on the page or sent to the API. */
record CourseForm(
        @NotBlank @Size(max = 300) String titleZh,
        @Size(max = 300) String titleEn,
        @Size(max = 4000) String purposeZh,
        @Size(max = 4000) String purposeEn,
        @NotNull Long organiserUnitId,
        Long hostUnitId,
        Long venueSiteId,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startsOn,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate endsOn,

        @NotNull @Min(1) @Max(10_000) Integer capacity,
        @NotNull @DecimalMin("0") @DecimalMax("9999.75") BigDecimal requiredHours,
        @NotNull TrainingCategory category) {

    static CourseForm empty() {
        return new CourseForm(
                "", "", "", "", null, null, null, null, null, 30, new BigDecimal("18"), TrainingCategory.PARTY_SPIRIT);
    }

    static CourseForm of(CourseDetails details) {
        return new CourseForm(
                details.title().zh(),
                details.title().en(),
                details.purpose().zh(),
                details.purpose().en(),
                details.organiserUnitId(),
                details.hostUnitId(),
                details.venueSiteId(),
                details.startsOn(),
                details.endsOn(),
                details.capacity(),
                details.requiredHours().value(),
                details.category());
    }

    CourseDetails toDetails() {
        if (!CreditHours.isValid(requiredHours)) {
            throw DomainException.invalid("requiredHours", "course.hours.quarter");
        }
        if (endsOn.isBefore(startsOn)) {
            throw DomainException.invalid("endsOn", "course.dates.order");
        }
        return new CourseDetails(
                new LocalizedText(titleZh, titleEn),
                new LocalizedText(purposeZh, purposeEn),
                organiserUnitId,
                hostUnitId,
                venueSiteId,
                startsOn,
                endsOn,
                capacity,
                CreditHours.of(requiredHours),
                category);
    }
}
