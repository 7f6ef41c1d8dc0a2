package org.cadretraining.notification;

import java.util.List;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A course's change log: the steps of its record (recorded afterwards, archived, taken out of the archive) and the
 * versions of its schedule, for organisers and the course's people. A cadre who opens the page has seen them all.
 */
@Controller
class ScheduleChangesController {

    private final ScheduleVersions versions;
    private final CourseStepLog steps;
    private final ChangeLogReaders readers;

    ScheduleChangesController(ScheduleVersions versions, CourseStepLog steps, ChangeLogReaders readers) {
        this.versions = versions;
        this.steps = steps;
        this.readers = readers;
    }

    @GetMapping("/courses/{id}/changes")
    String changes(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        CourseSummary course = readers.courseFor(user, id);
        List<ScheduleVersions.Version> list = versions.of(id);
        if (user.cadreId() != null && !list.isEmpty()) {
            versions.seen(user.cadreId(), id, list.getFirst().number());
        }
        model.addAttribute("course", course);
        model.addAttribute("steps", steps.of(id));
        model.addAttribute("versions", list);
        return "notification/changes";
    }
}
