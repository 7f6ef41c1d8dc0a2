package org.cadretraining.course.lecturer;

import org.cadretraining.shared.LocalizedText;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** Someone who teaches on courses: one of the institution's cadres, or an external person. */
@Table("lecturer")
class Lecturer {

    @Id
    private Long id;

    private Long cadreId;
    private String name;
    private String nameEn;
    private String affiliation;
    private String affiliationEn;
    private String title;
    private String titleEn;
    private String topics;
    private String contact;
    private boolean active;

    @Version
    private Integer version;

    Lecturer() {}

    static Lecturer register(LecturerDetails details) {
        Lecturer lecturer = new Lecturer();
        lecturer.describe(details);
        return lecturer;
    }

    void describe(LecturerDetails details) {
        cadreId = details.cadreId();
        name = details.name();
        nameEn = details.nameEn();
        affiliation = details.affiliation();
        affiliationEn = details.affiliationEn();
        title = details.title();
        titleEn = details.titleEn();
        topics = details.topics();
        contact = details.contact();
        active = details.active();
    }

    Long id() {
        return id;
    }

    LecturerSummary summary() {
        return new LecturerSummary(
                id,
                cadreId,
                new LocalizedText(name, nameEn),
                new LocalizedText(affiliation, affiliationEn),
                new LocalizedText(title, titleEn),
                topics,
                contact,
                active);
    }
}
