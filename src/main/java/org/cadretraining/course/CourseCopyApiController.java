package org.cadretraining.course;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ApiController("/api/v1/courses/{id}")
@Tag(name = "Courses", description = "Training courses and their lifecycle")
class CourseCopyApiController {

    /** {@code titleEn} null keeps the source's English title. */
    record CourseCopyRequest(String titleZh, String titleEn, LocalDate startsOn) {}

    record CopiedCourse(long id, LocalDate startsOn, LocalDate endsOn) {}

    record DayCopyRequest(LocalDate day, LocalDate to) {}

    record RepeatRequest(List<LocalDate> days) {}

    /** The ids of the agenda items made. */
    record NewItems(List<Long> itemIds) {}

    private final CourseCopier copier;

    CourseCopyApiController(CourseCopier copier) {
        this.copier = copier;
    }

    @PostMapping("/copy")
    @Operation(
            summary = "Copy the course to new dates",
            description = "A new draft with the same details; the agenda moves by the days between the two first"
                    + " days; the places per unit and the materials are copied too. A clash refuses the whole copy.")
    ResponseEntity<CopiedCourse> copy(@PathVariable long id, @RequestBody CourseCopyRequest request) {
        Course copy =
                copier.copyCourse(id, request.titleZh(), request.titleEn(), request.startsOn(), CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/v1/courses/" + copy.id()))
                .body(new CopiedCourse(copy.id(), copy.startsOn(), copy.endsOn()));
    }

    @PostMapping("/agenda/copy-day")
    @Operation(summary = "Copy every item of one day of the course to another of its days")
    ResponseEntity<NewItems> copyDay(@PathVariable long id, @RequestBody DayCopyRequest request) {
        return made(copier.copyDay(id, request.day(), request.to(), CurrentUser.get()));
    }

    @PostMapping("/agenda/{itemId}/repeat")
    @Operation(summary = "Repeat an item at the same time on other days of the course")
    ResponseEntity<NewItems> repeat(
            @PathVariable long id, @PathVariable long itemId, @RequestBody RepeatRequest request) {
        return made(copier.repeatItem(id, itemId, request.days(), CurrentUser.get()));
    }

    private static ResponseEntity<NewItems> made(List<AgendaItem> items) {
        return ResponseEntity.status(201)
                .body(new NewItems(items.stream().map(AgendaItem::id).toList()));
    }
}
