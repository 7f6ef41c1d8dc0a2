package org.cadretraining.attendance;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cadretraining.enrolment.ClassMember;
import org.cadretraining.shared.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The staff device: the roster of an item to tap or scan badges on, which keeps working without a network (the
 * page's script queues scans and sends them in batches), the endpoint the batches go to, and the badges to print.
 */
@Controller
class DeviceViewController {

    /** A batch of scans as the device sends it; every field is checked, because a device may send anything. */
    record ScanBatch(String device, List<ScanIn> scans) {}

    record ScanIn(String scanId, Long itemId, Long cadreId, String badge, String direction, String method, String at) {}

    /** What became of each scan: recorded, duplicate, conflict or refused, with the time that stands. */
    record ScanOut(String scanId, Long cadreId, String outcome, Instant firstCheckIn, String reason) {}

    record BatchOutcome(List<ScanOut> results) {}

    private static final int MOST_SCANS_PER_BATCH = 500;

    private final AttendanceBoard board;
    private final AttendanceRights rights;
    private final CheckInCodes codes;
    private final CheckInDesk desk;
    private final MessageSource messages;
    private final Clock clock;

    DeviceViewController(
            AttendanceBoard board,
            AttendanceRights rights,
            CheckInCodes codes,
            CheckInDesk desk,
            MessageSource messages,
            Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.board = board;
        this.rights = rights;
        this.codes = codes;
        this.desk = desk;
    }

    @GetMapping("/attendance/courses/{courseId}/items/{itemId}/device")
    String device(@PathVariable long courseId, @PathVariable long itemId, Model model) {
        rights.requireRunsCheckIn(courseId, CurrentUser.get());
        AttendanceBoard.ItemPage page = board.item(courseId, itemId);
        model.addAttribute("page", page);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute(
                "badges",
                page.rows().stream()
                        .collect(Collectors.toMap(
                                r -> r.member().cadreId(),
                                r -> codes.badge(r.member().cadreId()))));
        return "attendance/device";
    }

    @PostMapping("/attendance/courses/{courseId}/scans")
    @ResponseBody
    BatchOutcome scans(@PathVariable long courseId, @RequestBody ScanBatch batch) {
        CurrentUser user = CurrentUser.get();
        rights.requireRunsCheckIn(courseId, user);
        List<ScanIn> scans = batch.scans() == null ? List.of() : batch.scans();
        List<ScanOut> results = new ArrayList<>();
        for (ScanIn scan : scans.subList(0, Math.min(scans.size(), MOST_SCANS_PER_BATCH))) {
            results.add(take(courseId, batch.device(), scan, user));
        }
        return new BatchOutcome(results);
    }

    private ScanOut take(long courseId, String device, ScanIn in, CurrentUser user) {
        Optional<UUID> scanId = uuid(in.scanId());
        Long cadreId = in.badge() != null && !in.badge().isBlank()
                ? codes.cadreOf(in.badge().strip()).orElse(null)
                : in.cadreId();
        Optional<Scan.Direction> direction = value(Scan.Direction.class, in.direction());
        Optional<CheckMethod> method = value(CheckMethod.class, in.method())
                .filter(m -> m == CheckMethod.STAFF_TAP || m == CheckMethod.BADGE_SCAN);
        if (scanId.isEmpty() || in.itemId() == null || direction.isEmpty() || method.isEmpty()) {
            return new ScanOut(
                    in.scanId(), cadreId, ScanOutcome.REFUSED.name(), null, text("attendance.scan.malformed"));
        }
        if (cadreId == null) {
            return new ScanOut(in.scanId(), null, ScanOutcome.REFUSED.name(), null, text("attendance.badge.invalid"));
        }
        ScanResult result = desk.scan(
                courseId,
                new Scan(scanId.get(), in.itemId(), cadreId, direction.get(), method.get(), instant(in.at()), device),
                user);
        return new ScanOut(
                in.scanId(),
                cadreId,
                result.outcome().name(),
                result.firstCheckIn(),
                result.reasonKey() == null ? null : text(result.reasonKey()));
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

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> Optional<E> value(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
