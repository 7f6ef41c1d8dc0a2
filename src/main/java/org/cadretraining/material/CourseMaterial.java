package org.cadretraining.material;

import java.time.Instant;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.UploadedFile;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A file that goes with a course or with one of its agenda items. Its bytes are stored beside it, never changed. */
@Table("course_material")
class CourseMaterial {

    static final int MAX_TITLE = 300;

    @Id
    private Long id;

    private Long courseId;
    private Long agendaItemId;
    private String title;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private boolean forParticipants;
    private String uploadedBy;
    private Instant uploadedAt;

    @Version
    private Integer version;

    CourseMaterial() {}

    static CourseMaterial of(
            long courseId,
            Long agendaItemId,
            String title,
            UploadedFile file,
            boolean forParticipants,
            String by,
            Instant at) {
        if (title != null && title.strip().length() > MAX_TITLE) {
            throw DomainException.invalid("title", "material.title.tooLong", MAX_TITLE);
        }
        CourseMaterial material = new CourseMaterial();
        material.courseId = courseId;
        material.agendaItemId = agendaItemId;
        material.title = title == null || title.isBlank() ? stem(file.name()) : title.strip();
        material.fileName = file.name();
        material.contentType = file.type().contentType();
        material.sizeBytes = file.content().length;
        material.forParticipants = forParticipants;
        material.uploadedBy = by;
        material.uploadedAt = at;
        return material;
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    Long id() {
        return id;
    }

    long courseId() {
        return courseId;
    }

    Long agendaItemId() {
        return agendaItemId;
    }

    String title() {
        return title;
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    long sizeBytes() {
        return sizeBytes;
    }

    boolean forParticipants() {
        return forParticipants;
    }

    String uploadedBy() {
        return uploadedBy;
    }

    Instant uploadedAt() {
        return uploadedAt;
    }
}
