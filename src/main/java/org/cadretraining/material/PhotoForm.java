package org.cadretraining.material;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** The upload form of a course's photo page; the caption is kept when the form comes back with an error. */
record PhotoForm(List<MultipartFile> files, String caption) {

    static PhotoForm empty() {
        return new PhotoForm(List.of(), "");
    }

    List<PhotoAlbum.Incoming> incoming() {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .filter(file -> file != null && !file.isEmpty())
                .map(PhotoForm::incoming)
                .toList();
    }

    private static PhotoAlbum.Incoming incoming(MultipartFile file) {
        try {
            return new PhotoAlbum.Incoming(file.getOriginalFilename(), file.getBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
