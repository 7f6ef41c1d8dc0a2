package org.cadretraining.material;

import jakarta.servlet.http.HttpServletResponse;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.FileSize;
import org.cadretraining.shared.FormErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The materials page of a course: the files by item, and the upload form for those who may add. */
@Controller
class MaterialViewController {

    private final CourseMaterials materials;

    MaterialViewController(CourseMaterials materials) {
        this.materials = materials;
    }

    @GetMapping("/courses/{id}/materials")
    String shelf(@PathVariable long id, Model model) {
        return page(id, MaterialForm.empty(), model);
    }

    @PostMapping("/courses/{id}/materials")
    String add(
            @PathVariable long id,
            @ModelAttribute("upload") MaterialForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            CourseMaterial saved = materials.add(id, form.upload(), CurrentUser.get());
            redirect.addFlashAttribute("notice", "material.saved");
            return "redirect:/courses/" + id + "/materials";
        } catch (DomainException refusal) {
            FormErrors.reject(errors, refusal);
        }
        response.setStatus(400);
        return page(id, form, model);
    }

    @GetMapping("/courses/{id}/materials/{materialId}/file")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long materialId) {
        return MaterialDownloads.of(materials.download(id, materialId, CurrentUser.get()));
    }

    @PostMapping("/courses/{id}/materials/{materialId}/delete")
    String remove(@PathVariable long id, @PathVariable long materialId, RedirectAttributes redirect) {
        materials.remove(id, materialId, CurrentUser.get());
        redirect.addFlashAttribute("notice", "material.removed");
        return "redirect:/courses/" + id + "/materials";
    }

    private String page(long id, MaterialForm form, Model model) {
        model.addAttribute("shelf", MaterialShelfView.of(materials.shelf(id, CurrentUser.get())));
        model.addAttribute("upload", form);
        model.addAttribute("maxSize", FileSize.of(materials.maxBytes()));
        return "material/materials";
    }
}
