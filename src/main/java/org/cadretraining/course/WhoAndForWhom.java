package org.cadretraining.course;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cadretraining.shared.DomainException;

/**
 * The rules of who runs a course and who it is for, as the course applies them to new details: at least one
 * organiser, none named twice, no unit both organiser and co-organiser, cohorts named and inside the course's days.
 */
final class WhoAndForWhom {

    private WhoAndForWhom() {}

    static void check(CourseDetails details) {
        List<Long> organisers = details.organiserUnitIds();
        if (organisers.isEmpty()) {
            throw DomainException.invalid("organiserUnitId", "course.organiser.required");
        }
        if (new HashSet<>(organisers).size() != organisers.size()) {
            throw DomainException.invalid("jointOrganiserUnitIds", "course.organiser.twice");
        }
        Set<Long> coOrganisers = new HashSet<>(details.coOrganiserUnitIds());
        if (coOrganisers.size() != details.coOrganiserUnitIds().size()) {
            throw DomainException.invalid("coOrganiserUnitIds", "course.coOrganiser.twice");
        }
        if (organisers.stream().anyMatch(coOrganisers::contains)) {
            throw DomainException.invalid("coOrganiserUnitIds", "course.coOrganiser.alsoOrganiser");
        }
        for (int i = 0; i < details.cohorts().size(); i++) {
            Cohort cohort = details.cohorts().get(i);
            int number = i + 1;
            if (cohort.name().zh().isEmpty()) {
                throw DomainException.invalid("cohorts[" + i + "].nameZh", "course.cohort.nameRequired", number);
            }
            if (cohort.startsOn() == null || cohort.endsOn() == null) {
                throw DomainException.invalid("cohorts[" + i + "].startsOn", "course.cohort.datesRequired", number);
            }
            if (cohort.endsOn().isBefore(cohort.startsOn())) {
                throw DomainException.invalid("cohorts[" + i + "].endsOn", "course.cohort.dates.order", number);
            }
            if (cohort.startsOn().isBefore(details.startsOn())
                    || cohort.endsOn().isAfter(details.endsOn())) {
                // the refusal sits next to the date that lies outside
                String outside = cohort.endsOn().isAfter(details.endsOn()) ? "endsOn" : "startsOn";
                throw DomainException.invalid(
                        "cohorts[" + i + "]." + outside,
                        "course.cohort.outside",
                        number,
                        details.startsOn(),
                        details.endsOn());
            }
        }
    }
}
