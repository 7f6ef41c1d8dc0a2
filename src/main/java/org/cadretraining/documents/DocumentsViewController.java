package org.cadretraining.documents;

import java.time.LocalDate;
import org.cadretraining.shared.CurrentUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A course's documents, downloaded from its page in the reader's language. */
@Controller
class DocumentsViewController {

    private final CourseDocuments documents;
    private final CourseCalendars calendars;

    DocumentsViewController(CourseDocuments documents, CourseCalendars calendars) {
        this.documents = documents;
        this.calendars = calendars;
    }

    @GetMapping("/courses/{id}/agenda.pdf")
    ResponseEntity<byte[]> agenda(@PathVariable long id) {
        return Downloads.file(
                documents.agenda(id, CurrentUser.get(), LocaleContextHolder.getLocale()), Downloads.PDF, "pdf");
    }

    @GetMapping("/courses/{id}/calendar.ics")
    ResponseEntity<byte[]> calendar(@PathVariable long id) {
        return Downloads.calendar(
                calendars.ofCourse(id, CurrentUser.get(), LocaleContextHolder.getLocale()), "course-" + id);
    }

    @GetMapping("/courses/{id}/roster.xlsx")
    ResponseEntity<byte[]> roster(@PathVariable long id) {
        return Downloads.file(
                documents.roster(id, CurrentUser.get(), LocaleContextHolder.getLocale()), Downloads.XLSX, "xlsx");
    }

    @GetMapping("/courses/{id}/sign-in/{date}.pdf")
    ResponseEntity<byte[]> signIn(
            @PathVariable long id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return Downloads.file(
                documents.signIn(id, date, CurrentUser.get(), LocaleContextHolder.getLocale()), Downloads.PDF, "pdf");
    }
}
