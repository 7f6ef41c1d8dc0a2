package org.cadretraining.enrolment;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organiser's enrolment page of a course: deadline, quotas, nominations, direct enrolment, roles, groups. */
@Controller
class EnrolmentViewController {

    private final EnrolmentStore store;
    private final Quotas quotas;
    private final Nominations nominations;
    private final WaitingList waitingList;
    private final DirectEnrolments direct;
    private final CourseRoles roles;
    private final Roster roster;
    private final StudyGroups groups;
    private final OrganisationDirectory directory;
    private final PageRefusals refusals;

    EnrolmentViewController(
            EnrolmentStore store,
            Quotas quotas,
            Nominations nominations,
            WaitingList waitingList,
            DirectEnrolments direct,
            CourseRoles roles,
            Roster roster,
            StudyGroups groups,
            OrganisationDirectory directory,
            PageRefusals refusals) {
        this.store = store;
        this.quotas = quotas;
        this.nominations = nominations;
        this.waitingList = waitingList;
        this.direct = direct;
        this.roles = roles;
        this.roster = roster;
        this.groups = groups;
        this.directory = directory;
        this.refusals = refusals;
    }

    @GetMapping("/courses/{id}/enrolment")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        if (!user.actsForInstitution() && EnrolmentRights.isLiaison(user)) {
            return "redirect:/courses/" + id + "/nominations";
        }
        EnrolmentRights.requireOrganiser(user);
        return page(id, model);
    }

    @PostMapping("/courses/{id}/enrolment/deadline")
    String deadline(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String nominationDeadline,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return attempt(
                id, "deadline", Map.of("nominationDeadline", nominationDeadline), model, response, redirect, () -> {
                    LocalDate day;
                    try {
                        day = nominationDeadline.isBlank() ? null : LocalDate.parse(nominationDeadline);
                    } catch (DateTimeParseException e) {
                        throw DomainException.invalid("nominationDeadline", "enrolment.date.invalid");
                    }
                    quotas.setDeadline(id, day, CurrentUser.get());
                });
    }

    @PostMapping("/courses/{id}/enrolment/quotas")
    String quota(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String unitId,
            @RequestParam(defaultValue = "") String places,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return attempt(id, "quota", Map.of("unitId", unitId, "places", places), model, response, redirect, () -> {
            long unit = number(unitId, "unitId");
            quotas.allocate(id, unit, (int) number(places, "places"), CurrentUser.get());
        });
    }

    @PostMapping("/courses/{id}/enrolment/direct")
    String direct(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String staffNumber,
            @RequestParam(defaultValue = "PARTICIPANT") CourseRole role,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return attempt(
                id,
                "direct",
                Map.of("staffNumber", staffNumber, "role", role.name()),
                model,
                response,
                redirect,
                () -> {
                    long cadre = directory
                            .cadreIdByStaffNumber(staffNumber.strip())
                            .orElseThrow(() -> DomainException.invalid("staffNumber", "enrolment.cadre.unknown"));
                    direct.enrol(id, cadre, role, CurrentUser.get());
                });
    }

    @PostMapping("/courses/{id}/enrolment/groups")
    String group(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String name,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return attempt(id, "group", Map.of("name", name), model, response, redirect, () -> {
            groups.create(id, name, CurrentUser.get());
        });
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
        return attempt(courseId, "row-" + eid, Map.of("reason", reason), model, response, redirect, () -> {
            switch (action) {
                case "approve" -> nominations.approve(eid, CurrentUser.get());
                case "reject" -> nominations.reject(eid, reason, CurrentUser.get());
                case "withdraw" -> waitingList.withdraw(eid, CurrentUser.get());
                default -> throw DomainException.invalid(null, "enrolment.action.unknown");
            }
        });
    }

    @PostMapping("/enrolments/{eid}/role")
    String role(
            @PathVariable long eid,
            @RequestParam CourseRole role,
            @RequestParam(required = false) Long groupId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        long courseId = store.find(eid).courseId();
        return attempt(courseId, "row-" + eid, Map.of(), model, response, redirect, () -> {
            roles.change(eid, role, CurrentUser.get());
            groups.assign(eid, groupId, CurrentUser.get());
        });
    }

    private String attempt(
            long courseId,
            String form,
            Map<String, String> input,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Runnable action) {
        EnrolmentRights.requireOrganiser(CurrentUser.get());
        try {
            action.run();
        } catch (DomainException refusal) {
            refusals.show(model, form, refusal, input);
            response.setStatus(refusal.kind().status());
            return page(courseId, model);
        }
        redirect.addFlashAttribute("notice", "enrolment.saved");
        return "redirect:/courses/" + courseId + "/enrolment";
    }

    private String page(long courseId, Model model) {
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

    static long number(String text, String field) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw PageRefusals.invalidNumber(field);
        }
    }
}
