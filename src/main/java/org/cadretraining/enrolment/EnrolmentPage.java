package org.cadretraining.enrolment;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.function.Supplier;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organiser's enrolment page of a course, and how its forms answer: back to the page with a notice, or the page
 * again with the refusal next to the form and the input kept.
 */
@Component
class EnrolmentPage {

    private final EnrolmentStore store;
    private final Quotas quotas;
    private final Roster roster;
    private final OrganisationDirectory directory;
    private final PageRefusals refusals;
    private final WaitlistNotice waitlistNotice;

    EnrolmentPage(
            EnrolmentStore store,
            Quotas quotas,
            Roster roster,
            OrganisationDirectory directory,
            PageRefusals refusals,
            WaitlistNotice waitlistNotice) {
        this.store = store;
        this.quotas = quotas;
        this.roster = roster;
        this.directory = directory;
        this.refusals = refusals;
        this.waitlistNotice = waitlistNotice;
    }

    String attempt(
            long courseId,
            String form,
            Map<String, String> input,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Supplier<?> action) {
        EnrolmentRights.requireOrganiser(CurrentUser.get());
        Object done;
        try {
            done = action.get();
        } catch (DomainException refusal) {
            refusals.show(model, form, refusal, input);
            response.setStatus(refusal.kind().status());
            return page(courseId, model);
        }
        waitlistNotice.flash(redirect, done);
        return "redirect:/courses/" + courseId + "/enrolment";
    }

    String page(long courseId, Model model) {
        CourseSummary course = store.course(courseId);
        var all = roster.entries(store.ofCourse(courseId));
        model.addAttribute("course", course);
        model.addAttribute("deadline", quotas.deadline(courseId).orElse(null));
        model.addAttribute("placesTaken", store.placesTaken(courseId));
        model.addAttribute("quotas", roster.quotas(quotas.quotas(courseId)));
        model.addAttribute(
                "units",
                directory.allUnits().stream()
                        .filter(u -> u.active() && u.kind() != UnitKind.EXTERNAL_INSTITUTION)
                        .toList());
        model.addAttribute(
                "enrolments",
                all.stream()
                        .filter(e -> e.status() != EnrolmentStatus.WAITLISTED)
                        .toList());
        model.addAttribute("waiting", roster.entries(store.waitingList(courseId)));
        model.addAttribute("groups", roster.groups(courseId));
        model.addAttribute("roles", CourseRole.values());
        model.addAttribute("courseRoles", CourseRole.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("input", Map.of());
        }
        return "enrolment/course";
    }
}
