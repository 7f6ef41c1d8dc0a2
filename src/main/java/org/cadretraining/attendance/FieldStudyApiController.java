package org.cadretraining.attendance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * A field study's vehicles, seating and headcount per leg as JSON, for those who run the course's check-in. The
 * headcount scans themselves go with the device's other scans ({@link DeviceApiController}, with {@code leg}).
 */
@ApiController("/api/v1/attendance/courses/{courseId}/items/{itemId}")
@Tag(name = "Attendance", description = "Check-in, marking and attendance of agenda items")
class FieldStudyApiController {

    record VehicleIn(String name, String capacity) {}

    record VehicleOut(long id, String name, Integer capacity, List<Long> seated) {}

    record VehiclesOut(List<VehicleOut> vehicles, List<Long> unseated) {}

    /** {@code mode} ALL, GROUP (with {@code group}) or NAMES (with {@code names}, one a line or comma-separated). */
    record SeatsIn(String mode, String group, String names) {}

    record SeatsOut(int seated) {}

    record RefusedName(String name, String reason) {}

    record LegOut(
            String leg,
            int expected,
            int counted,
            List<Long> missing,
            Map<Long, String> onOtherVehicle,
            Map<Long, String> fromOtherVehicle) {}

    record GroupOut(Long vehicleId, String vehicle, String currentLeg, List<Long> missingNow, List<LegOut> legs) {}

    private final Vehicles vehicles;
    private final FieldHeadcount headcount;
    private final AttendanceRights rights;
    private final MessageSource messages;

    FieldStudyApiController(
            Vehicles vehicles, FieldHeadcount headcount, AttendanceRights rights, MessageSource messages) {
        this.vehicles = vehicles;
        this.headcount = headcount;
        this.rights = rights;
        this.messages = messages;
    }

    @GetMapping("/vehicles")
    @Operation(summary = "A field study's vehicles, who is seated in each, and the trainees seated in none")
    VehiclesOut vehicles(@PathVariable long courseId, @PathVariable long itemId) {
        rights.requireRunsCheckIn(courseId, CurrentUser.get());
        vehicles.requireFieldStudy(courseId, itemId);
        Map<Long, Long> seats = vehicles.seats(itemId);
        List<VehicleOut> out = vehicles.of(itemId).stream()
                .map(v -> new VehicleOut(
                        v.id(),
                        v.name(),
                        v.capacity(),
                        seats.entrySet().stream()
                                .filter(e -> e.getValue() == v.id())
                                .map(Map.Entry::getKey)
                                .sorted()
                                .toList()))
                .toList();
        List<Long> unseated = vehicles.trainees(courseId).stream()
                .map(t -> t.cadreId())
                .filter(id -> !seats.containsKey(id))
                .toList();
        return new VehiclesOut(out, unseated);
    }

    @PostMapping("/vehicles")
    @Operation(summary = "Adds a vehicle (name unique within the item, capacity optional, 1 to 999)")
    ResponseEntity<VehicleOut> add(@PathVariable long courseId, @PathVariable long itemId, @RequestBody VehicleIn in) {
        CurrentUser user = CurrentUser.get();
        rights.requireRunsCheckIn(courseId, user);
        Vehicle added = vehicles.add(courseId, itemId, in.name(), in.capacity(), user);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new VehicleOut(added.id(), added.name(), added.capacity(), List.of()));
    }

    @PostMapping("/vehicles/{vehicleId}/seats")
    @Operation(
            summary = "Seats trainees in the vehicle in one step: all, a study group or pasted names",
            description = "All or none: when any pasted name is refused the answer is 400 with refusedNames, each"
                    + " name and the reason, and nobody is seated; a vehicle whose capacity would be exceeded refuses"
                    + " the whole choice.")
    ResponseEntity<?> seat(
            @PathVariable long courseId,
            @PathVariable long itemId,
            @PathVariable long vehicleId,
            @RequestBody SeatsIn in) {
        CurrentUser user = CurrentUser.get();
        rights.requireRunsCheckIn(courseId, user);
        SeatChoice.Outcome outcome =
                vehicles.seat(courseId, itemId, vehicleId, new SeatChoice(in.mode(), in.group(), in.names()), user);
        if (outcome.refusals().isEmpty()) {
            return ResponseEntity.ok(new SeatsOut(outcome.chosen().size()));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                text("attendance.vehicle.refused", outcome.refusals().size()));
        problem.setTitle(text("attendance.vehicle.refusedTitle"));
        problem.setProperty(
                "refusedNames",
                outcome.refusals().stream()
                        .map(r -> new RefusedName(
                                r.name(), text(r.messageKey(), r.arguments().toArray())))
                        .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @GetMapping("/headcount")
    @Operation(
            summary = "The headcount per vehicle and leg (DEPART, ARRIVE, LEAVE_SITE, RETURN)",
            description = "currentLeg is the latest leg at which anyone of the vehicle was counted; missingNow the"
                    + " cadre ids expected on the vehicle and not counted at that leg. A vehicle null groups the"
                    + " trainees seated in none.")
    List<GroupOut> headcount(@PathVariable long courseId, @PathVariable long itemId) {
        rights.requireRunsCheckIn(courseId, CurrentUser.get());
        return headcount.of(courseId, itemId).groups().stream()
                .map(g -> new GroupOut(
                        g.vehicleId(),
                        g.name(),
                        g.current() == null ? null : g.current().name(),
                        g.now() == null ? List.of() : ids(g.now().missing()),
                        g.legs().stream()
                                .map(l -> new LegOut(
                                        l.leg().name(),
                                        l.expected(),
                                        l.counted(),
                                        ids(l.missing()),
                                        elsewhere(l.onOther()),
                                        elsewhere(l.fromOther())))
                                .toList()))
                .toList();
    }

    private static List<Long> ids(List<org.cadretraining.enrolment.ClassMember> members) {
        return members.stream().map(m -> m.cadreId()).toList();
    }

    private static Map<Long, String> elsewhere(List<FieldHeadcount.Elsewhere> people) {
        Map<Long, String> out = new java.util.LinkedHashMap<>();
        people.forEach(e -> out.put(e.member().cadreId(), e.vehicle() == null ? "" : e.vehicle()));
        return out;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
