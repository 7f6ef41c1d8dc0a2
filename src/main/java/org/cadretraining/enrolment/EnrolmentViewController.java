package org.cadretraining.enrolment;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organiser's enrolment page of a course: the deadline, quotas, direct enrolment and study groups. */
@Controller
class EnrolmentViewController {

    private final Quotas quotas;
    private final DirectEnrolments direct;
    private final StudyGroups groups;
    private final GroupPaste groupPaste;
    private final OrganisationDirectory directory;
    private final EnrolmentPage pages;

    EnrolmentViewController(
            Quotas quotas,
            DirectEnrolments direct,
            StudyGroups groups,
            GroupPaste groupPaste,
            OrganisationDirectory directory,
            EnrolmentPage pages) {
        this.quotas = quotas;
        this.direct = direct;
        this.groups = groups;
        this.groupPaste = groupPaste;
        this.directory = directory;
        this.pages = pages;
    }

    @GetMapping("/courses/{id}/enrolment")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        if (!user.actsForInstitution() && EnrolmentRights.isLiaison(user)) {
            return "redirect:/courses/" + id + "/nominations";
        }
        EnrolmentRights.requireOrganiser(user);
        return pages.page(id, model);
    }

    @PostMapping("/courses/{id}/enrolment/deadline")
    String deadline(
            @PathVariable long id,
            @ModelAttribute DeadlineForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return pages.attempt(id, "deadline", binding, model, response, redirect, () -> {
            quotas.setDeadline(id, form.nominationDeadline(), CurrentUser.get());
            return null;
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
        return pages.attempt(id, "quota", Map.of("unitId", unitId, "places", places), model, response, redirect, () -> {
            long unit = number(unitId, "unitId");
            return quotas.allocate(id, unit, (int) number(places, "places"), CurrentUser.get());
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
        return pages.attempt(
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
                    return direct.enrol(id, cadre, role, CurrentUser.get());
                });
    }

    @PostMapping("/courses/{id}/enrolment/groups")
    String group(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String name,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return pages.attempt(id, "group", Map.of("name", name), model, response, redirect, () -> {
            return groups.create(id, name, CurrentUser.get());
        });
    }

    @PostMapping("/courses/{id}/enrolment/groups/members")
    String groupMembers(
            @PathVariable long id,
            @RequestParam(required = false) Long groupId,
            @RequestParam(defaultValue = "") String names,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return pages.attempt(
                id,
                "groupMembers",
                Map.of("names", names, "groupId", String.valueOf(groupId)),
                model,
                response,
                redirect,
                () -> {
                    return groupPaste.place(id, groupId, names, CurrentUser.get());
                });
    }

    static long number(String text, String field) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw PageRefusals.invalidNumber(field);
        }
    }
}
