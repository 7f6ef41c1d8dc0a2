package org.cadretraining.attendance;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A field study's vehicles and seating taken over from another field study of the same course: a class usually
 * rides the same coaches in the same seats to every site, and entering them again for each visit is a dozen forms.
 * Only an item with no vehicles yet takes a copy, so a copy never mixes with seating already made by hand.
 */
@Service
class VehicleCopy {

    private final JdbcClient jdbc;
    private final CourseCatalog courses;
    private final Vehicles vehicles;
    private final Clock clock;

    VehicleCopy(JdbcClient jdbc, CourseCatalog courses, Vehicles vehicles, Clock clock) {
        this.jdbc = jdbc;
        this.courses = courses;
        this.vehicles = vehicles;
        this.clock = clock;
    }

    /** The course's other field studies that have vehicles, to copy from. */
    @Transactional(readOnly = true)
    List<AgendaEntry> sources(long courseId, long itemId) {
        return courses.agenda(courseId).stream()
                .filter(entry -> entry.type() == AgendaItemType.FIELD_STUDY && entry.id() != itemId)
                .filter(entry -> !vehicles.of(entry.id()).isEmpty())
                .toList();
    }

    /** Copies the source's vehicles and seats to the item, which must have no vehicles; answers the seats copied. */
    @Transactional
    int copy(long courseId, long itemId, long sourceItemId, CurrentUser by) {
        vehicles.requireFieldStudy(courseId, itemId);
        if (sourceItemId == itemId) {
            throw DomainException.invalid("source", "attendance.vehicles.copy.unknown");
        }
        try {
            vehicles.requireFieldStudy(courseId, sourceItemId);
        } catch (DomainException notAFieldStudy) {
            throw DomainException.invalid("source", "attendance.vehicles.copy.unknown");
        }
        if (!vehicles.of(itemId).isEmpty()) {
            throw DomainException.invalid("source", "attendance.vehicles.copy.notEmpty");
        }
        jdbc.sql("""
                        insert into attendance_vehicle (agenda_item_id, name, capacity)
                        select ?, name, capacity from attendance_vehicle where agenda_item_id = ? order by id
                        """).params(itemId, sourceItemId).update();
        return jdbc.sql("""
                        insert into attendance_vehicle_seat (agenda_item_id, cadre_id, vehicle_id, assigned_by,
                                                             assigned_at)
                        select ?, seat.cadre_id, copied.id, ?, ?
                          from attendance_vehicle_seat seat
                          join attendance_vehicle original on original.id = seat.vehicle_id
                          join attendance_vehicle copied on copied.agenda_item_id = ? and copied.name = original.name
                         where seat.agenda_item_id = ?
                        """)
                .params(itemId, by.username(), Timestamp.from(clock.instant()), itemId, sourceItemId)
                .update();
    }
}
