package org.cadretraining.attendance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.cadretraining.course.CourseCatalog.AgendaEntry;

/**
 * One line of "everyone was present except …": a trainee, the items it concerns (one item, every item of one day,
 * or, with neither, the whole course), how they missed them and, for late arrival or early leaving, when.
 */
record PastException(Long cadreId, Long itemId, LocalDate day, PastStatus status, LocalTime at) {

    /** The agenda items the line concerns. */
    List<AgendaEntry> items(List<AgendaEntry> agenda) {
        return agenda.stream()
                .filter(item -> itemId != null
                        ? item.id() == itemId
                        : day == null || item.day().equals(day))
                .toList();
    }
}
