package org.cadretraining.attendance;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.enrolment.ClassMember;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A field study's vehicles and who is seated in which. Trainees are seated in bulk (all, a study group, pasted
 * names): every name is checked first and nothing is written while any is refused, so a mistyped name never leaves
 * half a bus seated. Seating someone again moves them.
 */
@Service
class Vehicles {

    static final int LONGEST_NAME = 40;
    static final int MOST_SEATS = 999;

    private final JdbcClient jdbc;
    private final CourseCatalog courses;
    private final ClassMembers members;
    private final Clock clock;

    Vehicles(JdbcClient jdbc, CourseCatalog courses, ClassMembers members, Clock clock) {
        this.jdbc = jdbc;
        this.courses = courses;
        this.members = members;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Vehicle> of(long itemId) {
        return jdbc.sql("select id, agenda_item_id, name, capacity from attendance_vehicle where agenda_item_id = ?"
                        + " order by id")
                .param(itemId)
                .query((rs, n) -> new Vehicle(rs.getLong(1), rs.getLong(2), rs.getString(3), (Integer) rs.getObject(4)))
                .list();
    }

    /** Who is seated in which vehicle of the item: cadre to vehicle. */
    @Transactional(readOnly = true)
    Map<Long, Long> seats(long itemId) {
        return jdbc
                .sql("select cadre_id, vehicle_id from attendance_vehicle_seat where agenda_item_id = ?")
                .param(itemId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The trainees of the course, as the class list shows them. */
    List<ClassMember> trainees(long courseId) {
        return members.classList(courseId).stream()
                .filter(member -> member.role().trainee())
                .toList();
    }

    /** A new vehicle of a field study; its name is unique within the item. */
    @Transactional
    Vehicle add(long courseId, long itemId, String name, String capacity, CurrentUser by) {
        requireFieldStudy(courseId, itemId);
        String named = name == null ? "" : name.strip();
        if (named.isEmpty() || named.length() > LONGEST_NAME) {
            throw DomainException.invalid("name", "attendance.vehicle.name.invalid", LONGEST_NAME);
        }
        Integer seats = capacity(capacity);
        if (of(itemId).stream().anyMatch(v -> v.name().equals(named))) {
            throw DomainException.invalid("name", "attendance.vehicle.name.taken", named);
        }
        long id = jdbc.sql("insert into attendance_vehicle (agenda_item_id, name, capacity) values (?, ?, ?)"
                        + " returning id")
                .params(itemId, named, seats)
                .query(Long.class)
                .single();
        return new Vehicle(id, itemId, named, seats);
    }

    /**
     * Seats the chosen trainees in the vehicle, all or none: the answer names every refused name with its reason,
     * and then nothing is written; a vehicle whose seats would not suffice refuses the whole choice.
     */
    @Transactional
    SeatChoice.Outcome seat(long courseId, long itemId, long vehicleId, SeatChoice choice, CurrentUser by) {
        requireFieldStudy(courseId, itemId);
        Vehicle vehicle = vehicle(itemId, vehicleId);
        SeatChoice.Outcome outcome = choice.resolve(trainees(courseId));
        if (!outcome.refusals().isEmpty()) {
            return outcome;
        }
        Map<Long, Long> seated = seats(itemId);
        long staying = seated.entrySet().stream()
                .filter(e -> e.getValue() == vehicleId && !outcome.chosen().contains(e.getKey()))
                .count();
        long after = staying + outcome.chosen().size();
        if (vehicle.capacity() != null && after > vehicle.capacity()) {
            throw DomainException.invalid(
                    "vehicle", "attendance.vehicle.full", vehicle.name(), vehicle.capacity(), after);
        }
        Timestamp now = Timestamp.from(clock.instant());
        for (long cadreId : outcome.chosen()) {
            jdbc.sql("""
                            insert into attendance_vehicle_seat (agenda_item_id, cadre_id, vehicle_id, assigned_by,
                                                                 assigned_at)
                            values (?, ?, ?, ?, ?)
                            on conflict (agenda_item_id, cadre_id) do update
                                set vehicle_id = excluded.vehicle_id, assigned_by = excluded.assigned_by,
                                    assigned_at = excluded.assigned_at
                            """).params(itemId, cadreId, vehicleId, by.username(), now).update();
        }
        return outcome;
    }

    Vehicle vehicle(long itemId, long vehicleId) {
        return find(itemId, vehicleId)
                .orElseThrow(() -> DomainException.invalid("vehicle", "attendance.vehicle.unknown"));
    }

    Optional<Vehicle> find(long itemId, long vehicleId) {
        return of(itemId).stream().filter(v -> v.id() == vehicleId).findFirst();
    }

    /** Vehicles belong to field studies only; another item, or an item of another course, is not found. */
    void requireFieldStudy(long courseId, long itemId) {
        boolean fieldStudy = courses.agenda(courseId).stream()
                .anyMatch(entry -> entry.id() == itemId && entry.type() == AgendaItemType.FIELD_STUDY);
        if (!fieldStudy) {
            throw DomainException.notFound("attendance.vehicle.notFieldStudy");
        }
    }

    private static Integer capacity(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int seats = Integer.parseInt(text.strip());
            if (seats >= 1 && seats <= MOST_SEATS) {
                return seats;
            }
        } catch (NumberFormatException e) {
            // answered below, as any other number out of range
        }
        throw DomainException.invalid("capacity", "attendance.vehicle.capacity.invalid", MOST_SEATS);
    }
}
