package org.cadretraining.course.lecturer;

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
    private String affiliation;
    private String title;
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
        affiliation = details.affiliation();
        title = details.title();
        topics = details.topics();
        contact = details.contact();
        active = details.active();
    }

    Long id() {
        return id;
    }

    LecturerSummary summary() {
        return new LecturerSummary(id, cadreId, name, affiliation, title, topics, contact, active);
    }
}
