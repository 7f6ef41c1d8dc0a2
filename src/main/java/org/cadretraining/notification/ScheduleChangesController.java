package org.cadretraining.notification;

import java.util.List;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The versions of a course's schedule, for organisers and the course's people (its members and speaking cadres).
 * A cadre who opens the page has seen them all.
 */
@Controller
class ScheduleChangesController {

    private final ScheduleVersions versions;
    private final CourseCatalog catalog;
    private final ClassMembers members;

    ScheduleChangesController(ScheduleVersions versions, CourseCatalog catalog, ClassMembers members) {
        this.versions = versions;
        this.catalog = catalog;
        this.members = members;
    }

    @GetMapping("/courses/{id}/changes")
    String changes(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        CourseSummary course =
                catalog.course(id).orElseThrow(() -> DomainException.notFound("notification.course.notFound"));
        if (!mayLook(user, id)) {
            throw DomainException.forbidden();
        }
        List<ScheduleVersions.Version> list = versions.of(id);
        if (user.cadreId() != null && !list.isEmpty()) {
            versions.seen(user.cadreId(), id, list.getFirst().number());
        }
        model.addAttribute("course", course);
        model.addAttribute("versions", list);
        return "notification/changes";
    }

    private boolean mayLook(CurrentUser user, long courseId) {
        if (user.actsForInstitution()) {
            return true;
        }
        Long cadreId = user.cadreId();
        if (cadreId == null) {
            return false;
        }
        if (members.isMember(courseId, cadreId)) {
            return true;
        }
        List<CourseCatalog.AgendaEntry> agenda = catalog.agenda(courseId);
        if (agenda.stream().anyMatch(i -> cadreId.equals(i.cadreId()))) {
            return true;
        }
        List<Long> lecturerIds = agenda.stream()
                .map(CourseCatalog.AgendaEntry::lecturerId)
                .filter(java.util.Objects::nonNull)
                .toList();
        return !lecturerIds.isEmpty()
                && catalog.lecturers(lecturerIds).values().stream().anyMatch(l -> cadreId.equals(l.cadreId()));
    }
}
