package org.cadretraining.attendance;

import java.util.Map;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The course's staff devices: the list of grants (holder, issued, last used, state) with revocation, and the
 * renewal the device page asks for while it is online.
 */
@Controller
class DeviceGrantViewController {

    private final DeviceGrants grants;
    private final AttendanceBoard board;
    private final AttendanceRights rights;
    private final RefusalTexts texts;
    private final java.time.Clock clock;

    DeviceGrantViewController(
            DeviceGrants grants,
            AttendanceBoard board,
            AttendanceRights rights,
            RefusalTexts texts,
            java.time.Clock clock) {
        this.texts = texts;
        this.grants = grants;
        this.board = board;
        this.rights = rights;
        this.clock = clock;
    }

    @GetMapping("/attendance/courses/{courseId}/devices")
    String list(@PathVariable long courseId, Model model) {
        CurrentUser user = CurrentUser.get();
        rights.requireRunsCheckIn(courseId, user);
        model.addAttribute("course", board.course(courseId));
        model.addAttribute("grants", grants.of(courseId));
        model.addAttribute("me", user);
        return "attendance/devices";
    }

    @PostMapping("/attendance/courses/{courseId}/devices/{grantId}/revoke")
    String revoke(@PathVariable long courseId, @PathVariable long grantId, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        rights.requireRunsCheckIn(courseId, user);
        grants.revoke(courseId, grantId, user);
        redirect.addFlashAttribute("notice", "attendance.grant.revoked");
        return "redirect:/attendance/courses/" + courseId + "/devices";
    }

    /**
     * A fresh token for the device page (signed in, with its CSRF token): of the same grant when the page sends the
     * token it holds and that grant is the signed-in person's and not revoked, so scans queued offline under it
     * still count; otherwise of a new grant. The answer carries the server's time, by which the device stamps its
     * scans.
     */
    @PostMapping(path = "/attendance/courses/{courseId}/device/token", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> renew(
            @PathVariable long courseId, @RequestParam(defaultValue = "") String token) {
        DeviceGrants.Issued issued;
        try {
            issued = grants.renew(courseId, token, CurrentUser.get());
        } catch (DomainException refused) {
            if (refused.kind() != DomainException.Kind.FORBIDDEN) {
                throw refused;
            }
            // the page's script forgets a revoked token and says so; the holder reopens the page for a new one
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(Map.of(
                            "reasonCode", CheckInRefusal.REVOKED.code(), "detail", texts.text(refused.messageKey())));
        }
        // the server's time too: the device stamps its scans by it, whatever its own clock says
        return ResponseEntity.ok(Map.of(
                "grantId",
                issued.grantId(),
                "token",
                issued.token(),
                "expiresAt",
                issued.expiresAt(),
                "now",
                clock.instant()));
    }
}
