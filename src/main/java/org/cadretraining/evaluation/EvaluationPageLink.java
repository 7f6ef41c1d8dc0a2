package org.cadretraining.evaluation;

import java.util.Optional;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CoursePageLink;
import org.cadretraining.course.CoursePageLinkSource;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** Evaluation on the course page, once the course is open: for those who follow it, and the trainees who answer. */
@Component
class EvaluationPageLink implements CoursePageLinkSource {

    private final EvaluationRights rights;

    EvaluationPageLink(EvaluationRights rights) {
        this.rights = rights;
    }

    @Override
    public Optional<CoursePageLink> linkFor(CourseSummary course, CurrentUser user) {
        if (course.status() == CourseStatus.DRAFT
                || course.status() == CourseStatus.CANCELLED
                || !(rights.followsProgress(course.id(), user) || rights.answers(course.id(), user))) {
            return Optional.empty();
        }
        return Optional.of(
                new CoursePageLink(40, "/courses/" + course.id() + "/evaluation", "bi-ui-checks", "evaluation.link"));
    }
}
