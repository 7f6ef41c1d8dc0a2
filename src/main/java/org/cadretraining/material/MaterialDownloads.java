package org.cadretraining.material;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A material as a download under its name (non-ASCII names in the RFC 5987 {@code filename*} form). The browser is
 * told not to guess another type than the bytes had, and to keep no shared copy: the file is the course's.
 */
final class MaterialDownloads {

    private MaterialDownloads() {}

    static ResponseEntity<byte[]> of(CourseMaterials.Download download) {
        CourseMaterial material = download.material();
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(material.fileName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(material.contentType()))
                .contentLength(download.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .lastModified(material.uploadedAt())
                .body(download.content());
    }
}
