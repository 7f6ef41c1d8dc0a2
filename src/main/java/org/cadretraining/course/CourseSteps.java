package org.cadretraining.course;

import java.time.Clock;
import java.time.LocalDate;
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
    private final Clock clock;

    CourseSteps(CoursePlanner planner, List<CompletionWarnings> warnings, Clock clock) {
        this.planner = planner;
        this.warnings = warnings;
        this.clock = clock;
    }

    /** The steps this person may take with the course now; a course is recorded as held only once it is over. */
    List<CourseTransition> available(Course course, CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        return CourseTransition.availableFrom(course.status(), user).stream()
                .filter(step -> step != CourseTransition.RECORD_AS_HELD
                        || course.endsOn().isBefore(today))
                .toList();
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
