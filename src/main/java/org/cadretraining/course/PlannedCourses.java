package org.cadretraining.course;

import java.time.LocalDate;
import java.util.List;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.springframework.stereotype.Service;

/**
 * Plans a draft course from a line of another module's plan (the annual training plan): the same checks as a course
 * planned on its page, and the draft then edited there.
 */
@Service
public class PlannedCourses {

    /** What a plan says of the course to hold; the organiser completes the rest on the course's page. */
    public record Planned(
            LocalizedText title,
            long organiserUnitId,
            LocalDate startsOn,
            LocalDate endsOn,
            int capacity,
            CreditHours requiredHours,
            TrainingForm trainingForm,
            List<String> rankCodes,
            List<String> cadreCategories) {}

    private final CoursePlanner planner;

    PlannedCourses(CoursePlanner planner) {
        this.planner = planner;
    }

    /** The new draft course's id; refused as on the course page (rights, units, ranks, dates). */
    public long createDraft(Planned planned, CurrentUser user) {
        CourseDetails details = new CourseDetails(
                planned.title(),
                new LocalizedText("", ""),
                List.of(planned.organiserUnitId()),
                List.of(),
                null,
                null,
                planned.startsOn(),
                planned.endsOn(),
                planned.capacity(),
                planned.requiredHours(),
                TrainingCategory.OTHER,
                planned.trainingForm(),
                Contact.NONE,
                new Audience(planned.rankCodes(), planned.cadreCategories(), List.of(), new LocalizedText("", "")),
                List.of(),
                null);
        WhoAndForWhom.check(details);
        return planner.create(details, true, user).id();
    }
}
