package org.cadretraining.attendance;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The rotating code: the screen in the room shows it while the item's check-in is open (and says when it opens
 * or that it closed otherwise, with no code), renewing it as it changes; a trainee's phone opens the address it
 * holds and is checked in, once signed in.
 */
@Controller
class ScreenViewController {

    private final AttendanceBoard board;
    private final AttendanceRights rights;
    private final CheckInCodes codes;
    private final CodeCheckIn codeCheckIn;
    private final ItemWindows windows;
    private final AttendanceTimes times;
    private final Clock clock;

    ScreenViewController(
            AttendanceBoard board,
            AttendanceRights rights,
            CheckInCodes codes,
            CodeCheckIn codeCheckIn,
            ItemWindows windows,
            AttendanceTimes times,
            Clock clock) {
        this.clock = clock;
        this.board = board;
        this.rights = rights;
        this.codes = codes;
        this.codeCheckIn = codeCheckIn;
        this.windows = windows;
        this.times = times;
    }

    @GetMapping("/attendance/courses/{courseId}/items/{itemId}/screen")
    String screen(@PathVariable long courseId, @PathVariable long itemId, Model model) {
        rights.requireRunsCheckIn(courseId, CurrentUser.get());
        model.addAttribute("course", board.course(courseId));
        model.addAttribute("item", board.entry(courseId, itemId));
        return code(courseId, itemId, model, "attendance/screen");
    }

    /** The code of the moment, fetched by the screen every few seconds. */
    @GetMapping("/attendance/courses/{courseId}/items/{itemId}/screen/code")
    String code(@PathVariable long courseId, @PathVariable long itemId, Model model) {
        rights.requireRunsCheckIn(courseId, CurrentUser.get());
        board.entry(courseId, itemId);
        return code(courseId, itemId, model, "attendance/screen :: code");
    }

    private String code(long courseId, long itemId, Model model, String view) {
        ItemWindow window = windows.of(itemId).orElseThrow(() -> DomainException.notFound("attendance.item.notFound"));
        Instant now = clock.instant();
        model.addAttribute("courseId", courseId);
        model.addAttribute("itemId", itemId);
        model.addAttribute("opens", times.of(window.opens()));
        model.addAttribute("closes", times.of(window.ends()));
        var refusal = window.refusalAt(now);
        if (refusal.isPresent()) {
            // no code outside the window: a code shown then would not be valid anyway
            model.addAttribute("closed", refusal.get().code());
            model.addAttribute("before", now.isBefore(window.opens()));
            return view;
        }
        // the code as a query parameter: Spring MVC finds a path without variables in its index, while a path with one
        // is matched against all its three hundred mappings, an eighth of a check-in's time when hundreds arrive
        String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/check-in")
                .queryParam("code", codes.rotatingCode(itemId))
                .toUriString();
        model.addAttribute("checkInUrl", url);
        model.addAttribute("qr", QrImages.dataUri(url, 480));
        model.addAttribute("secondsLeft", codes.secondsLeft());
        return view;
    }

    /**
     * What a phone opens after scanning the screen's code. Signed in, it checks in now. Not signed in, the moment of
     * the scan is kept in a ticket and the phone is sent to sign in, then back to the ticket's address.
     */
    @GetMapping(value = "/check-in", params = "code")
    String checkIn(@RequestParam String code, Model model, HttpServletResponse response) {
        if (!signedIn()) {
            try {
                return "redirect:/check-in/scanned/" + codeCheckIn.ticket(code);
            } catch (DomainException refusal) {
                response.setStatus(refusal.kind().status());
                model.addAttribute("refusal", refusal.messageKey());
                model.addAttribute("refusalArguments", refusal.arguments());
                return "attendance/checked-in";
            }
        }
        return answer(() -> codeCheckIn.checkIn(code, CurrentUser.get()), model, response);
    }

    /** The address screens showed before the code became a query parameter, still answered. */
    @GetMapping("/check-in/{code}")
    String checkInByPath(@PathVariable String code, Model model, HttpServletResponse response) {
        return checkIn(code, model, response);
    }

    /** After signing in, the scan the phone made before: counted at the scan's moment within the grace period. */
    @GetMapping("/check-in/scanned/{ticket}")
    String checkInScanned(@PathVariable String ticket, Model model, HttpServletResponse response) {
        return answer(() -> codeCheckIn.checkInScanned(ticket, CurrentUser.get()), model, response);
    }

    private String answer(java.util.function.Supplier<ScanResult> checkIn, Model model, HttpServletResponse response) {
        try {
            ScanResult result = checkIn.get();
            model.addAttribute("result", result);
            model.addAttribute("recorded", result.outcome() == ScanOutcome.RECORDED);
            model.addAttribute("time", result.firstCheckIn() == null ? null : times.of(result.firstCheckIn()));
        } catch (DomainException refusal) {
            response.setStatus(refusal.kind().status());
            model.addAttribute("refusal", refusal.messageKey());
            model.addAttribute("refusalArguments", refusal.arguments());
        }
        return "attendance/checked-in";
    }

    private static boolean signedIn() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser.Source;
    }
}
