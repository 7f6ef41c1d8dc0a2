package org.cadretraining.enrolment;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
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
    private final Replacements replacements;

    EnrolmentPage(
            EnrolmentStore store,
            Quotas quotas,
            Roster roster,
            OrganisationDirectory directory,
            PageRefusals refusals,
            WaitlistNotice waitlistNotice,
            Replacements replacements) {
        this.replacements = replacements;
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

    /**
     * Like {@link #attempt(long, String, Map, Model, HttpServletResponse, RedirectAttributes, Supplier)} for a form
     * bound to a record: text its fields cannot hold (a date that is not one) is refused with the field's sentence and
     * the text kept, before the action is tried.
     */
    String attempt(
            long courseId,
            String form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Supplier<?> action) {
        Map<String, String> input = new HashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            input.put(error.getField(), String.valueOf(error.getRejectedValue()));
        }
        if (binding.getTarget() instanceof Record bound) {
            for (RecordComponent field : bound.getClass().getRecordComponents()) {
                input.computeIfAbsent(field.getName(), name -> text(bound, field));
            }
        }
        if (binding.hasErrors()) {
            EnrolmentRights.requireOrganiser(CurrentUser.get());
            refusals.show(model, form, binding.getFieldErrors().getFirst(), input);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(courseId, model);
        }
        return attempt(courseId, form, input, model, response, redirect, action);
    }

    private static String text(Record form, RecordComponent field) {
        try {
            Object value = field.getAccessor().invoke(form);
            return value == null ? "" : value.toString();
        } catch (ReflectiveOperationException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    String page(long courseId, Model model) {
        CourseSummary course = store.course(courseId);
        var all = roster.entries(store.ofCourse(courseId));
        model.addAttribute("course", course);
        model.addAttribute("deadline", quotas.deadline(courseId).orElse(null));
        model.addAttribute("placesTaken", store.placesTaken(courseId));
        model.addAttribute("quotas", roster.quotas(quotas.quotas(courseId)));
        // places of cadres whose units have no quota are in no row of the table: said beside it
        model.addAttribute(
                "outsideQuotas",
                all.stream()
                        .filter(e -> e.quotaUnitId() == null
                                && e.status().live()
                                && e.role().takesPlace())
                        .filter(e -> e.status() != EnrolmentStatus.WAITLISTED)
                        .count());
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
        model.addAttribute("replaced", replacements.ofCourse(courseId));
        model.addAttribute("roles", CourseRole.values());
        model.addAttribute("courseRoles", CourseRole.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("input", Map.of());
        }
        return "enrolment/course";
    }
}
