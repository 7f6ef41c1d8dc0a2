package org.cadretraining.course.lecturer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.TaughtCourse;
import org.cadretraining.organisation.PageOf;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ApiController("/api/v1/lecturers")
@Tag(name = "Lecturers", description = "The lecturer register (师资库): internal cadres and external people")
class LecturerApiController {

    record LecturerResource(
            long id,
            Long cadreId,
            String staffNumber,
            String name,
            String nameEn,
            String affiliation,
            String affiliationEn,
            String title,
            String titleEn,
            String topics,
            String contact,
            boolean active) {}

    private final LecturerRegister register;
    private final CourseCatalog catalog;

    LecturerApiController(LecturerRegister register, CourseCatalog catalog) {
        this.register = register;
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "Find lecturers by part of a name, affiliation, title or topic, one page at a time")
    PageOf<LecturerSummary> list(@ModelAttribute LecturerCriteria criteria) {
        return register.search(criteria, CurrentUser.get());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One lecturer")
    LecturerResource get(@PathVariable long id) {
        return resource(register.get(id, CurrentUser.get()));
    }

    @GetMapping("/{id}/courses")
    @Operation(summary = "The courses the lecturer taught, latest first")
    List<TaughtCourse> courses(@PathVariable long id) {
        register.get(id, CurrentUser.get());
        return catalog.coursesTaughtBy(id);
    }

    @PostMapping
    @Operation(summary = "Register a lecturer; with cadreStaffNumber, an internal one (administrators and organisers)")
    ResponseEntity<LecturerResource> create(@Valid @RequestBody LecturerForm form) {
        Lecturer lecturer = register.create(form, CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/v1/lecturers/" + lecturer.id()))
                .body(resource(lecturer));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a lecturer (administrators and organisers)")
    LecturerResource update(@PathVariable long id, @Valid @RequestBody LecturerForm form) {
        return resource(register.update(id, form, CurrentUser.get()));
    }

    /** Contact details are for those who plan courses. */
    private LecturerResource resource(Lecturer lecturer) {
        LecturerSummary s = lecturer.summary();
        return new LecturerResource(
                s.id(),
                s.cadreId(),
                register.staffNumberOf(s),
                s.name(),
                s.nameEn(),
                s.affiliation(),
                s.affiliationEn(),
                s.title(),
                s.titleEn(),
                s.topics(),
                CurrentUser.get().actsForInstitution() ? s.contact() : "",
                s.active());
    }
}
