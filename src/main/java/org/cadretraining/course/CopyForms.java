package org.cadretraining.course;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the copy page: a course to new dates, a day to another day, an item to other days. */
final class CopyForms {

    private CopyForms() {}

    /** The titles' limit is the copier's, declared here so that the page shows it on the fields. */
    record CourseCopy(
            @Size(max = CourseCopier.MAX_TITLE) String titleZh,
            @Size(max = CourseCopier.MAX_TITLE) String titleEn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn) {}

    record DayCopy(
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {}

    /** An item offered for repeating: its id and what it is. */
    record ItemChoice(long id, AgendaItemDetails item) {}

    record ItemRepeat(
            Long itemId,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) List<LocalDate> days) {}
}
