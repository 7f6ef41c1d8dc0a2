package org.cadretraining.credit.superior;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cadretraining.shared.CreditHours;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * One external course and its attendees as the organiser enters them: picked from a unit's cadres, pasted (a staff
 * number or a name per line), or in a spreadsheet (first column, below a header row).
 */
class SuperiorCourseForm {

    @NotNull(message = "{credit.superior.kindRequired}")
    private SuperiorKind kind;

    @NotBlank(message = "{credit.superior.titleRequired}")
    @Size(max = 300, message = "{credit.superior.titleTooLong}")
    private String title;

    @NotBlank(message = "{credit.superior.providerRequired}")
    @Size(max = 300, message = "{credit.superior.providerTooLong}")
    private String provider;

    @NotNull(message = "{credit.superior.startsOnRequired}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @NotNull(message = "{credit.superior.endsOnRequired}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    @NotNull(message = "{credit.superior.hoursRequired}")
    private BigDecimal hours;

    @Size(max = 20000, message = "{credit.superior.pastedTooLong}")
    private String pasted = "";

    private List<Long> picked = new ArrayList<>();
    private Long unitId;
    private MultipartFile attendeeFile;
    private MultipartFile evidence;

    /** The rules Bean Validation cannot say: dates in order and within one year, hours in quarters. */
    void check(BindingResult errors) {
        if (startsOn != null && endsOn != null) {
            if (endsOn.isBefore(startsOn)) {
                errors.rejectValue("endsOn", "credit.superior.endsBeforeStart");
            } else if (startsOn.getYear() != endsOn.getYear()) {
                errors.rejectValue("endsOn", "credit.superior.oneYear");
            }
        }
        if (hours != null
                && !errors.hasFieldErrors("hours")
                && (hours.signum() <= 0
                        || hours.compareTo(BigDecimal.valueOf(10_000)) >= 0
                        || !CreditHours.isValid(hours))) {
            errors.rejectValue("hours", "credit.superior.hoursInvalid");
        }
    }

    /** The pasted lines that are not blank, each with its line number. */
    List<String> pastedLines() {
        return pasted == null ? List.of() : pasted.lines().map(String::strip).toList();
    }

    public SuperiorKind getKind() {
        return kind;
    }

    public void setKind(SuperiorKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public String getPasted() {
        return pasted;
    }

    public void setPasted(String pasted) {
        this.pasted = pasted;
    }

    public List<Long> getPicked() {
        return picked;
    }

    public void setPicked(List<Long> picked) {
        this.picked = picked;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public MultipartFile getAttendeeFile() {
        return attendeeFile;
    }

    public void setAttendeeFile(MultipartFile attendeeFile) {
        this.attendeeFile = attendeeFile;
    }

    public MultipartFile getEvidence() {
        return evidence;
    }

    public void setEvidence(MultipartFile evidence) {
        this.evidence = evidence;
    }
}
