package org.cadretraining.attendance;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A field study's vehicles and seating, and its headcount per leg and vehicle as a fragment the item page polls.
 * Those who run the course's check-in (organisers, its class teacher) set vehicles: they stand at the bus door.
 */
@Controller
class FieldStudyViewController {

    private final Vehicles vehicles;
    private final VehicleCopy copies;
    private final FieldHeadcount headcount;
    private final AttendanceBoard board;
    private final AttendanceRights rights;
    private final MessageSource messages;

    FieldStudyViewController(
            Vehicles vehicles,
            VehicleCopy copies,
            FieldHeadcount headcount,
            AttendanceBoard board,
            AttendanceRights rights,
            MessageSource messages) {
        this.vehicles = vehicles;
        this.copies = copies;
        this.headcount = headcount;
        this.board = board;
        this.rights = rights;
        this.messages = messages;
    }

    @GetMapping("/attendance/courses/{courseId}/items/{itemId}/vehicles")
    String vehicles(@PathVariable long courseId, @PathVariable long itemId, Model model) {
        rights.requireRunsCheckIn(courseId, CurrentUser.get());
        return page(courseId, itemId, Map.of(), Map.of(), List.of(), model);
    }

    @PostMapping("/attendance/courses/{courseId}/items/{itemId}/vehicles")
    String add(
            @PathVariable long courseId,
            @PathVariable long itemId,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String capacity,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        rights.requireRunsCheckIn(courseId, user);
        Map<String, String> input = Map.of("name", name, "capacity", capacity);
        try {
            Vehicle added = vehicles.add(courseId, itemId, name, capacity, user);
            redirect.addFlashAttribute("vehicleAdded", added.name());
        } catch (DomainException refusal) {
            return refused(courseId, itemId, "add", refusal, input, List.of(), model, response);
        }
        return "redirect:/attendance/courses/" + courseId + "/items/" + itemId + "/vehicles";
    }

    @PostMapping("/attendance/courses/{courseId}/items/{itemId}/vehicles/seats")
    String seat(
            @PathVariable long courseId,
            @PathVariable long itemId,
            @RequestParam(defaultValue = "") String vehicleId,
            @RequestParam(defaultValue = "") String mode,
            @RequestParam(defaultValue = "") String group,
            @RequestParam(defaultValue = "") String names,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        rights.requireRunsCheckIn(courseId, user);
        Map<String, String> input = Map.of("vehicleId", vehicleId, "mode", mode, "group", group, "names", names);
        try {
            long vehicle = vehicleId(vehicleId);
            SeatChoice.Outcome outcome =
                    vehicles.seat(courseId, itemId, vehicle, new SeatChoice(mode, group, names), user);
            if (!outcome.refusals().isEmpty()) {
                List<String> refused = outcome.refusals().stream()
                        .map(r -> text(r.messageKey(), r.arguments().toArray()))
                        .toList();
                return refused(courseId, itemId, "seat", null, input, refused, model, response);
            }
            redirect.addFlashAttribute("seated", outcome.chosen().size());
        } catch (DomainException refusal) {
            return refused(courseId, itemId, "seat", refusal, input, List.of(), model, response);
        }
        return "redirect:/attendance/courses/" + courseId + "/items/" + itemId + "/vehicles";
    }

    /** The headcount per leg and vehicle, as the item page shows it and polls it. */
    @GetMapping("/attendance/courses/{courseId}/items/{itemId}/legs")
    String legs(@PathVariable long courseId, @PathVariable long itemId, Model model) {
        rights.requireRunsCheckIn(courseId, CurrentUser.get());
        model.addAttribute("legs", headcount.of(courseId, itemId));
        model.addAttribute("courseId", courseId);
        return "attendance/legs :: headcount";
    }

    private static long vehicleId(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("vehicle", "attendance.vehicle.unknown");
        }
    }

    private String refused(
            long courseId,
            long itemId,
            String form,
            DomainException refusal,
            Map<String, String> input,
            List<String> refusedNames,
            Model model,
            HttpServletResponse response) {
        if (refusal != null && refusal.kind() != DomainException.Kind.INVALID) {
            throw refusal;
        }
        response.setStatus(400);
        Map<String, String> errors = refusal == null
                ? Map.of()
                : Map.of(
                        form + "." + (refusal.field() == null ? "form" : refusal.field()),
                        text(refusal.messageKey(), refusal.arguments()));
        return page(courseId, itemId, errors, input, refusedNames, model);
    }

    private String page(
            long courseId,
            long itemId,
            Map<String, String> errors,
            Map<String, String> input,
            List<String> refusedNames,
            Model model) {
        FieldHeadcount.Board legs = headcount.of(courseId, itemId);
        model.addAttribute("course", board.course(courseId));
        model.addAttribute("entry", board.entry(courseId, itemId));
        model.addAttribute("legs", legs);
        model.addAttribute("vehicles", vehicles.of(itemId));
        model.addAttribute("copySources", copies.sources(courseId, itemId));
        model.addAttribute(
                "groups",
                vehicles.trainees(courseId).stream()
                        .map(member -> member.group())
                        .filter(group -> !group.isEmpty())
                        .distinct()
                        .toList());
        model.addAttribute("errors", errors);
        model.addAttribute("input", input);
        model.addAttribute("refusedNames", refusedNames);
        return "attendance/vehicles";
    }

    private String text(String key, Object[] arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
