package org.cadretraining.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@ApiController("/api/v1/courses/{id}")
@Tag(name = "Course documents", description = "A course's agenda, roster, sign-in sheets and calendar as files")
class DocumentsApiController {

    private final CourseDocuments documents;
    private final CourseCalendars calendars;

    DocumentsApiController(CourseDocuments documents, CourseCalendars calendars) {
        this.documents = documents;
        this.calendars = calendars;
    }

    @GetMapping("/agenda.pdf")
    @Operation(summary = "The course's facts and day-by-day programme as a PDF, in Chinese or English (?lang=en)")
    ResponseEntity<byte[]> agenda(@PathVariable long id) {
        return Downloads.file(
                documents.agenda(id, CurrentUser.get(), LocaleContextHolder.getLocale()), Downloads.PDF, "pdf");
    }

    @GetMapping("/calendar.ics")
    @Operation(summary = "The course's agenda items as iCalendar events")
    ResponseEntity<byte[]> calendar(@PathVariable long id) {
        return Downloads.calendar(
                calendars.ofCourse(id, CurrentUser.get(), LocaleContextHolder.getLocale()), "course-" + id);
    }

    @GetMapping("/roster.xlsx")
    @Operation(summary = "The course's participants as a spreadsheet; for organisers and class teachers")
    ResponseEntity<byte[]> roster(@PathVariable long id) {
        return Downloads.file(
                documents.roster(id, CurrentUser.get(), LocaleContextHolder.getLocale()), Downloads.XLSX, "xlsx");
    }

    @GetMapping("/sign-in/{date}.pdf")
    @Operation(summary = "The sign-in sheet of one day of the course; for organisers and class teachers")
    ResponseEntity<byte[]> signIn(
            @PathVariable long id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return Downloads.file(
                documents.signIn(id, date, CurrentUser.get(), LocaleContextHolder.getLocale()), Downloads.PDF, "pdf");
    }
}
