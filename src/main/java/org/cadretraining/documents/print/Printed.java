package org.cadretraining.documents.print;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A printed document with the name it is offered under, without extension, answered as a download. */
record Printed(byte[] content, String name, MediaType type, String extension) {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    static Printed pdf(byte[] content, String name) {
        return new Printed(content, name, MediaType.APPLICATION_PDF, "pdf");
    }

    static Printed xlsx(byte[] content, String name) {
        return new Printed(content, name, XLSX, "xlsx");
    }

    /** PDFs open in the browser to be printed; spreadsheets are saved. Titles may hold characters file systems refuse. */
    ResponseEntity<byte[]> response() {
        ContentDisposition.Builder disposition =
                type.equals(MediaType.APPLICATION_PDF) ? ContentDisposition.inline() : ContentDisposition.attachment();
        String file = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition
                                .filename(file, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }
}
