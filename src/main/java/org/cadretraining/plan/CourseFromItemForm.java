package org.cadretraining.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The days, lead organiser and capacity of a course created from a plan item, prefilled from the item: its first
 * planned day, as many days as its 学时 need at six a day (within its months), and its places per unit.
 */
class CourseFromItemForm {

    static final int HOURS_PER_DAY = 6;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    @NotNull
    private Long organiserUnitId;

    @NotNull
    @Min(1)
    @Max(100000)
    private Integer capacity;

    static CourseFromItemForm prefilled(PlanItem item) {
        CourseFromItemForm form = new CourseFromItemForm();
        int days = Math.max(1, item.plannedHours().value().intValue() / HOURS_PER_DAY);
        form.startsOn = item.firstDay();
        LocalDate last = item.firstDay().plusDays(days - 1L);
        form.endsOn = last.isAfter(item.lastDay()) ? item.lastDay() : last;
        form.capacity = Math.max(1, item.placesPerUnit());
        return form;
    }

    PlanCourses.NewCourse toCourse() {
        return new PlanCourses.NewCourse(startsOn, endsOn, organiserUnitId, capacity);
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

    public Long getOrganiserUnitId() {
        return organiserUnitId;
    }

    public void setOrganiserUnitId(Long organiserUnitId) {
        this.organiserUnitId = organiserUnitId;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
