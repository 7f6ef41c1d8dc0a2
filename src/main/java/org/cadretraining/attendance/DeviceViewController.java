package org.cadretraining.attendance;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.cadretraining.enrolment.ClassMember;
import org.cadretraining.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The staff device: the roster of an item to tap or scan badges on, which keeps working without a network (the
 * page's script queues scans, renews its device token while online and sends the scans in batches), the endpoint
 * a signed-in page may send batches to, and the badges to print.
 */
@Controller
class DeviceViewController {

    private final AttendanceBoard board;
    private final AttendanceRights rights;
    private final CheckInCodes codes;
    private final ScanIntake intake;
    private final Clock clock;
    private final Vehicles vehicles;

    DeviceViewController(
            AttendanceBoard board,
            AttendanceRights rights,
            CheckInCodes codes,
            ScanIntake intake,
            Clock clock,
            Vehicles vehicles) {
        this.vehicles = vehicles;
        this.intake = intake;
        this.clock = clock;
        this.board = board;
        this.rights = rights;
        this.codes = codes;
    }

    @GetMapping("/attendance/courses/{courseId}/items/{itemId}/device")
    String device(@PathVariable long courseId, @PathVariable long itemId, Model model) {
        CurrentUser user = CurrentUser.get();
        rights.requireRunsCheckIn(courseId, user);
        AttendanceBoard.ItemPage page = board.item(courseId, itemId);
        model.addAttribute("page", page);
        // a field study counts heads per leg and vehicle instead of checking in and out
        boolean fieldStudy = page.item().entry().type() == org.cadretraining.course.AgendaItemType.FIELD_STUDY;
        model.addAttribute("fieldStudy", fieldStudy);
        model.addAttribute("legs", Leg.values());
        model.addAttribute("vehicles", fieldStudy ? vehicles.of(itemId) : List.of());
        // no token in the page: the service worker keeps the page, and a kept token would outlive its grant; the
        // page's script asks for one (renewing the grant it holds) as soon as it is online
        model.addAttribute("zone", clock.getZone());
        model.addAttribute(
                "badges",
                page.rows().stream()
                        .collect(Collectors.toMap(
                                r -> r.member().cadreId(),
                                r -> String.join(
                                        " ", codes.acceptedBadges(r.member().cadreId())))));
        return "attendance/device";
    }

    /** Scans sent by a signed-in page (the session's CSRF token); devices normally use the token endpoint. */
    @PostMapping("/attendance/courses/{courseId}/scans")
    @ResponseBody
    ScanIntake.BatchOutcome scans(@PathVariable long courseId, @RequestBody ScanIntake.ScanBatch batch) {
        CurrentUser user = CurrentUser.get();
        rights.requireRunsCheckIn(courseId, user);
        return intake.take(courseId, batch, user);
    }

    @GetMapping("/attendance/courses/{courseId}/badges")
    String badges(@PathVariable long courseId, Model model) {
        rights.requireRunsCheckIn(courseId, CurrentUser.get());
        List<AttendanceBoard.Badge> badges = board.grid(courseId).trainees().stream()
                .map((ClassMember member) ->
                        new AttendanceBoard.Badge(member, QrImages.dataUri(codes.badge(member.cadreId()), 220)))
                .toList();
        model.addAttribute("course", board.course(courseId));
        model.addAttribute("badges", badges);
        return "attendance/badges";
    }
}
