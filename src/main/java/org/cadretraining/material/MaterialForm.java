package org.cadretraining.material;

import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The upload form of the materials page; the file itself cannot be kept when the form comes back with an error. The
 * title's limit is the material's own, declared here so that the page shows it on the field.
 */
record MaterialForm(
        Long agendaItemId,
        @Size(max = CourseMaterial.MAX_TITLE) String title,
        Boolean forParticipants,
        MultipartFile file) {

    static MaterialForm empty() {
        return new MaterialForm(null, "", true, null);
    }

    MaterialUpload upload() {
        try {
            return new MaterialUpload(
                    agendaItemId,
                    title,
                    !Boolean.FALSE.equals(forParticipants),
                    file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
