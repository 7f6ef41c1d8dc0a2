package org.cadretraining.enrolment;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organiser's buttons on one row of a course's list: decide a nomination, change a role, group or cohort. */
@Controller
class EnrolmentRowController {

    private final EnrolmentStore store;
    private final Nominations nominations;
    private final WaitingList waitingList;
    private final CourseRoles roles;
    private final StudyGroups groups;
    private final CourseCohorts cohorts;
    private final EnrolmentPage pages;

    EnrolmentRowController(
            EnrolmentStore store,
            Nominations nominations,
            WaitingList waitingList,
            CourseRoles roles,
            StudyGroups groups,
            CourseCohorts cohorts,
            EnrolmentPage pages) {
        this.cohorts = cohorts;
        this.store = store;
        this.nominations = nominations;
        this.waitingList = waitingList;
        this.roles = roles;
        this.groups = groups;
        this.pages = pages;
    }

    @PostMapping("/enrolments/{eid}/decision")
    String decide(
            @PathVariable long eid,
            @RequestParam String action,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        long courseId = store.find(eid).courseId();
        return pages.attempt(courseId, "row-" + eid, Map.of("reason", reason), model, response, redirect, () -> {
            return switch (action) {
                case "approve" -> nominations.approve(eid, CurrentUser.get());
                case "reject" -> nominations.reject(eid, reason, CurrentUser.get());
                case "withdraw" -> waitingList.withdraw(eid, CurrentUser.get());
                default -> throw DomainException.invalid(null, "enrolment.action.unknown");
            };
        });
    }

    @PostMapping("/enrolments/{eid}/role")
    String role(
            @PathVariable long eid,
            @RequestParam CourseRole role,
            @RequestParam(required = false) Long groupId,
            @RequestParam(required = false) Integer cohort,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        long courseId = store.find(eid).courseId();
        return pages.attempt(courseId, "row-" + eid, Map.of(), model, response, redirect, () -> {
            roles.change(eid, role, CurrentUser.get());
            groups.assign(eid, groupId, CurrentUser.get());
            cohorts.assign(eid, cohort, CurrentUser.get());
            return null;
        });
    }
}
