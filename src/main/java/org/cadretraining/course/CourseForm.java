package org.cadretraining.course;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A course as entered on the page or sent to the API. {@code organiserUnitId} is the lead organiser and
 * {@code jointOrganiserUnitIds} the organisers after it, in order; {@code confirmDuplicate} says the planner has seen
 * that another course has the same title on overlapping days and wants this one all the same.
 */
record CourseForm(
        @NotBlank @Size(max = 300) String titleZh,
        @Size(max = 300) String titleEn,
        @Size(max = 4000) String purposeZh,
        @Size(max = 4000) String purposeEn,
        @NotNull Long organiserUnitId,
        @Size(max = 10) List<Long> jointOrganiserUnitIds,
        @Size(max = 10) List<Long> coOrganiserUnitIds,
        Long hostUnitId,
        Long venueSiteId,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startsOn,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate endsOn,

        @NotNull @Min(1) @Max(10_000) Integer capacity,
        @NotNull @DecimalMin("0") @DecimalMax("9999.75") BigDecimal requiredHours,
        @NotNull TrainingCategory category,
        TrainingForm trainingForm,
        @Size(max = 100) String contactNameZh,
        @Size(max = 100) String contactNameEn,
        @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]*") String contactPhone,
        @Size(max = 200) @Email String contactEmail,
        @Size(max = 50) List<String> audienceRankCodes,
        @Size(max = 50) List<@Size(max = 100) String> audienceCategories,
        @Size(max = 50) List<Long> audienceUnitIds,
        @Size(max = 500) String audienceZh,
        @Size(max = 500) String audienceEn,
        @Size(max = 20) List<@Valid CohortForm> cohorts,
        @Size(max = 4000) String notesZh,
        @Size(max = 4000) String notesEn,
        Boolean confirmDuplicate) {

    static CourseForm empty() {
        return new CourseForm(
                "",
                "",
                "",
                "",
                null,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                30,
                new BigDecimal("18"),
                TrainingCategory.PARTY_SPIRIT,
                TrainingForm.FULL_TIME,
                "",
                "",
                "",
                "",
                List.of(),
                List.of(),
                List.of(),
                "",
                "",
                List.of(),
                "",
                "",
                false);
    }

    static CourseForm of(CourseDetails details) {
        return new CourseForm(
                details.title().zh(),
                details.title().en(),
                details.purpose().zh(),
                details.purpose().en(),
                details.organiserUnitId(),
                details.organiserUnitIds().subList(1, details.organiserUnitIds().size()),
                details.coOrganiserUnitIds(),
                details.hostUnitId(),
                details.venueSiteId(),
                details.startsOn(),
                details.endsOn(),
                details.capacity(),
                details.requiredHours().value(),
                details.category(),
                details.trainingForm(),
                details.contact().name().zh(),
                details.contact().name().en(),
                details.contact().phone(),
                details.contact().email(),
                details.audience().rankCodes(),
                details.audience().cadreCategories(),
                details.audience().unitIds(),
                details.audience().line().zh(),
                details.audience().line().en(),
                details.cohorts().stream().map(CohortForm::of).toList(),
                details.notes().zh(),
                details.notes().en(),
                false);
    }

    /** How many cohorts were entered: the page offers one more, blank row after them. */
    public int cohortCount() {
        return cohorts == null ? 0 : cohorts.size();
    }

    /** The page's n-th further organiser, or none. */
    public Long jointOrganiserAt(int index) {
        return jointOrganiserUnitIds != null && index < jointOrganiserUnitIds.size()
                ? jointOrganiserUnitIds.get(index)
                : null;
    }

    /** The cadre categories as one line to edit, separated by commas. */
    public String audienceCategoriesLine() {
        return audienceCategories == null ? "" : String.join(", ", audienceCategories);
    }

    boolean duplicateConfirmed() {
        return Boolean.TRUE.equals(confirmDuplicate);
    }

    CourseDetails toDetails() {
        if (!CreditHours.isValid(requiredHours)) {
            throw DomainException.invalid("requiredHours", "course.hours.quarter");
        }
        if (endsOn.isBefore(startsOn)) {
            throw DomainException.invalid("endsOn", "course.dates.order");
        }
        List<Long> organisers = new ArrayList<>();
        organisers.add(organiserUnitId);
        organisers.addAll(present(jointOrganiserUnitIds));
        return new CourseDetails(
                new LocalizedText(titleZh, titleEn),
                new LocalizedText(purposeZh, purposeEn),
                organisers,
                present(coOrganiserUnitIds),
                hostUnitId,
                venueSiteId,
                startsOn,
                endsOn,
                capacity,
                CreditHours.of(requiredHours),
                category,
                trainingForm,
                new Contact(new LocalizedText(contactNameZh, contactNameEn), contactPhone, contactEmail),
                new Audience(
                        present(audienceRankCodes),
                        present(audienceCategories),
                        present(audienceUnitIds),
                        new LocalizedText(audienceZh, audienceEn)),
                cohorts == null
                        ? List.of()
                        : cohorts.stream()
                                .filter(Objects::nonNull)
                                .filter(row -> !row.isBlank())
                                .map(CohortForm::toCohort)
                                .toList(),
                new LocalizedText(notesZh, notesEn));
    }

    /** A list without the empty choices a page sends for "none". */
    private static <T> List<T> present(List<T> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(Objects::nonNull)
                        .filter(value -> !(value instanceof String text) || !text.isBlank())
                        .distinct()
                        .toList();
    }
}
