package org.cadretraining.course;

import java.util.List;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;

/**
 * The steps of a course's life as the organiser takes them on the page or through the API. Completing judges every
 * trainee, so what other modules see wrong with it is shown first and must be confirmed; only an administrator undoes
 * an archive.
 */
@Service
class CourseSteps {

    private final CoursePlanner planner;
    private final List<CompletionWarnings> warnings;

    CourseSteps(CoursePlanner planner, List<CompletionWarnings> warnings) {
        this.planner = planner;
        this.warnings = warnings;
    }

    Course take(long id, CourseTransition transition, String reason, boolean confirmed, CurrentUser user) {
        if (!transition.mayBeTakenBy(user)) {
            throw DomainException.forbidden();
        }
        if (transition == CourseTransition.COMPLETE && !confirmed) {
            planner.get(id, user);
            List<MessageSourceResolvable> found = warnings.stream()
                    .flatMap(warning -> warning.before(id).stream())
                    .toList();
            if (!found.isEmpty()) {
                throw DomainException.conflict("confirm", "course.complete.confirmWarning", found.getFirst());
            }
        }
        return planner.take(id, transition, reason, user);
    }
}
