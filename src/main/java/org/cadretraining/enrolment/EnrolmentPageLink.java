package org.cadretraining.enrolment;

import java.util.Optional;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CoursePageLink;
import org.cadretraining.course.CoursePageLinkSource;
import org.cadretraining.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** Enrolment on the course page: for the organisers, and for a unit's liaison (who lands on their nominations). */
@Component
class EnrolmentPageLink implements CoursePageLinkSource {

    @Override
    public Optional<CoursePageLink> linkFor(CourseSummary course, CurrentUser user) {
        if (!user.actsForInstitution() && !EnrolmentRights.isLiaison(user)) {
            return Optional.empty();
        }
        return Optional.of(
                new CoursePageLink(10, "/courses/" + course.id() + "/enrolment", "bi-people", "enrolment.link"));
    }
}
