package org.cadretraining.documents;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How documents are answered: the right media type and a file name in the reader's language. */
final class Downloads {

    static final MediaType PDF = MediaType.APPLICATION_PDF;
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private Downloads() {}

    /** PDFs open in the browser; everything else is saved. */
    static ResponseEntity<byte[]> file(CourseDocuments.Document document, MediaType type, String extension) {
        ContentDisposition.Builder disposition =
                type.equals(PDF) ? ContentDisposition.inline() : ContentDisposition.attachment();
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition
                                .filename(safe(document.name()) + "." + extension, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(document.content());
    }

    static ResponseEntity<byte[]> calendar(String ics, String name) {
        return file(new CourseDocuments.Document(ics.getBytes(StandardCharsets.UTF_8), name), CALENDAR, "ics");
    }

    /** Titles may hold characters that file systems refuse. */
    private static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }
}
