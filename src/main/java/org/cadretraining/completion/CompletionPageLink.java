package org.cadretraining.completion;

import java.util.Optional;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CoursePageLink;
import org.cadretraining.course.CoursePageLinkSource;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** Completion on the course page, once the course is open: for those who see the whole course, and its trainees. */
@Component
class CompletionPageLink implements CoursePageLinkSource {

    private final CompletionRights rights;

    CompletionPageLink(CompletionRights rights) {
        this.rights = rights;
    }

    @Override
    public Optional<CoursePageLink> linkFor(CourseSummary course, CurrentUser user) {
        if (course.status() == CourseStatus.DRAFT
                || course.status() == CourseStatus.CANCELLED
                || !(rights.seesWholeCourse(course.id(), user) || rights.isTrainee(course.id(), user))) {
            return Optional.empty();
        }
        return Optional.of(
                new CoursePageLink(30, "/courses/" + course.id() + "/completion", "bi-award", "completion.link"));
    }
}
