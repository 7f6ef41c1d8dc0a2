package org.cadretraining.course;

import java.time.LocalDate;
import java.util.List;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;

/**
 * What describes a course, from a form, the API or demo data. {@code organiserUnitIds} are the organisers (主办) in
 * order, the first being the lead organiser; {@code coOrganiserUnitIds} the co-organisers (协办); the host (承办) is
 * an external institution.
 */
record CourseDetails(
        LocalizedText title,
        LocalizedText purpose,
        List<Long> organiserUnitIds,
        List<Long> coOrganiserUnitIds,
        Long hostUnitId,
        Long venueSiteId,
        LocalDate startsOn,
        LocalDate endsOn,
        int capacity,
        CreditHours requiredHours,
        TrainingCategory category,
        TrainingForm trainingForm,
        Contact contact,
        Audience audience,
        List<Cohort> cohorts,
        LocalizedText notes) {

    CourseDetails {
        organiserUnitIds = organiserUnitIds == null ? List.of() : List.copyOf(organiserUnitIds);
        coOrganiserUnitIds = coOrganiserUnitIds == null ? List.of() : List.copyOf(coOrganiserUnitIds);
        trainingForm = trainingForm == null ? TrainingForm.FULL_TIME : trainingForm;
        contact = contact == null ? Contact.NONE : contact;
        audience = audience == null ? Audience.ANYONE : audience;
        cohorts = cohorts == null ? List.of() : List.copyOf(cohorts);
        notes = notes == null ? new LocalizedText("", "") : notes;
    }

    /** A course with one organiser and nothing said of its audience, as courses were planned before. */
    CourseDetails(
            LocalizedText title,
            LocalizedText purpose,
            long organiserUnitId,
            Long hostUnitId,
            Long venueSiteId,
            LocalDate startsOn,
            LocalDate endsOn,
            int capacity,
            CreditHours requiredHours,
            TrainingCategory category) {
        this(
                title,
                purpose,
                List.of(organiserUnitId),
                List.of(),
                hostUnitId,
                venueSiteId,
                startsOn,
                endsOn,
                capacity,
                requiredHours,
                category,
                TrainingForm.FULL_TIME,
                Contact.NONE,
                Audience.ANYONE,
                List.of(),
                null);
    }

    /** The lead organiser, who keeps the rights and scoping a course's organiser has. */
    long organiserUnitId() {
        return organiserUnitIds.getFirst();
    }

    /** The same course under another title and on other dates, as a copy is planned. */
    CourseDetails withTitleAndDates(LocalizedText newTitle, LocalDate newStart, LocalDate newEnd) {
        return new CourseDetails(
                newTitle,
                purpose,
                organiserUnitIds,
                coOrganiserUnitIds,
                hostUnitId,
                venueSiteId,
                newStart,
                newEnd,
                capacity,
                requiredHours,
                category,
                trainingForm,
                contact,
                audience,
                cohorts.stream()
                        .map(cohort -> cohort.movedBy(newStart.toEpochDay() - startsOn.toEpochDay()))
                        .toList(),
                notes);
    }

    /** The details of a course as it stands, to show or copy them. */
    static CourseDetails of(Course course) {
        CourseWho who = course.who();
        return new CourseDetails(
                course.title(),
                course.purpose(),
                who.organiserUnitIds(),
                who.coOrganiserUnitIds(),
                course.hostUnitId(),
                course.venueSiteId(),
                course.startsOn(),
                course.endsOn(),
                course.capacity(),
                course.requiredHours(),
                course.category(),
                who.trainingForm(),
                who.contact(),
                who.audience(),
                who.cohorts(),
                who.notes());
    }
}
