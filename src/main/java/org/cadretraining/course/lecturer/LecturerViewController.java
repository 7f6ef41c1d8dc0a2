package org.cadretraining.course.lecturer;

import jakarta.validation.Valid;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class LecturerViewController {

    private final LecturerRegister register;
    private final CourseCatalog catalog;

    LecturerViewController(LecturerRegister register, CourseCatalog catalog) {
        this.register = register;
        this.catalog = catalog;
    }

    @GetMapping("/lecturers")
    String list(
            @ModelAttribute("criteria") LecturerCriteria criteria,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("result", register.search(criteria, user));
        model.addAttribute("mayEdit", user.actsForInstitution());
        return htmx != null ? "course/lecturers :: results" : "course/lecturers";
    }

    @GetMapping("/lecturers/{id}")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        LecturerSummary lecturer = register.get(id, user).summary();
        model.addAttribute("lecturer", lecturer);
        model.addAttribute("staffNumber", register.staffNumberOf(lecturer));
        model.addAttribute("courses", catalog.coursesTaughtBy(id));
        model.addAttribute("mayEdit", user.actsForInstitution());
        return "course/lecturer";
    }

    @GetMapping("/lecturers/new")
    String newLecturer(Model model) {
        LecturerRegister.requireEditor(CurrentUser.get());
        return form(model, LecturerForm.empty(), null);
    }

    @PostMapping("/lecturers")
    String create(
            @Valid @ModelAttribute("lecturer") LecturerForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LecturerRegister.requireEditor(CurrentUser.get());
        if (!errors.hasErrors()) {
            try {
                Lecturer saved = register.create(form, CurrentUser.get());
                redirect.addFlashAttribute("notice", "course.lecturer.saved");
                return "redirect:/lecturers/" + saved.id();
            } catch (DomainException refusal) {
                reject(errors, refusal);
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/lecturers/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        LecturerRegister.requireEditor(user);
        LecturerSummary lecturer = register.get(id, user).summary();
        return form(model, LecturerForm.of(lecturer, register.staffNumberOf(lecturer)), id);
    }

    @PostMapping("/lecturers/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("lecturer") LecturerForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LecturerRegister.requireEditor(CurrentUser.get());
        if (!errors.hasErrors()) {
            try {
                register.update(id, form, CurrentUser.get());
                redirect.addFlashAttribute("notice", "course.lecturer.saved");
                return "redirect:/lecturers/" + id;
            } catch (DomainException refusal) {
                reject(errors, refusal);
            }
        }
        return form(model, form, id);
    }

    private static void reject(BindingResult errors, DomainException refusal) {
        if (refusal.field() == null || refusal.kind() == DomainException.Kind.NOT_FOUND) {
            throw refusal;
        }
        errors.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
    }

    private static String form(Model model, LecturerForm form, Long id) {
        model.addAttribute("lecturer", form);
        model.addAttribute("lecturerId", id);
        return "course/lecturer-form";
    }
}
