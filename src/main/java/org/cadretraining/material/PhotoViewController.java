package org.cadretraining.material;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.FileSize;
import org.cadretraining.shared.FormErrors;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A course's photo page: the photos staff took, and the form to add more. */
@Controller
class PhotoViewController {

    private final PhotoAlbum album;

    PhotoViewController(PhotoAlbum album) {
        this.album = album;
    }

    @GetMapping("/courses/{id}/photos")
    String album(@PathVariable long id, Model model) {
        return page(id, PhotoForm.empty(), model);
    }

    @PostMapping("/courses/{id}/photos")
    String add(
            @PathVariable long id,
            @ModelAttribute("upload") PhotoForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            album.add(id, form.incoming(), form.caption(), CurrentUser.get());
            redirect.addFlashAttribute("notice", "material.photo.added");
            return "redirect:/courses/" + id + "/photos";
        } catch (DomainException refusal) {
            if (refusal.kind() == DomainException.Kind.FORBIDDEN) {
                throw refusal;
            }
            FormErrors.reject(errors, refusal);
        }
        response.setStatus(400);
        return page(id, form, model);
    }

    @GetMapping("/courses/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
        CoursePhotos.PhotoFile file = album.file(id, photoId, CurrentUser.get());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.photo().contentType()))
                .contentLength(file.content().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(file.photo().fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(file.content());
    }

    @PostMapping("/courses/{id}/photos/{photoId}/delete")
    String remove(@PathVariable long id, @PathVariable long photoId, RedirectAttributes redirect) {
        album.remove(id, photoId, CurrentUser.get());
        redirect.addFlashAttribute("notice", "material.photo.removed");
        return "redirect:/courses/" + id + "/photos";
    }

    private String page(long id, PhotoForm form, Model model) {
        model.addAttribute("album", album.album(id, CurrentUser.get()));
        model.addAttribute("upload", form);
        model.addAttribute("maxSize", FileSize.of(album.maxBytes()));
        model.addAttribute("maxPhotos", PhotoAlbum.MAX_PHOTOS_AT_ONCE);
        return "material/photos";
    }
}
