package org.cadretraining.attendance;

import org.cadretraining.shared.CurrentUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The failed-scan log of an item, for those who run the course's check-in. */
@Controller
class FailedScanViewController {

    private final FailedScanLog log;
    private final AttendanceBoard board;
    private final AttendanceRights rights;

    FailedScanViewController(FailedScanLog log, AttendanceBoard board, AttendanceRights rights) {
        this.log = log;
        this.board = board;
        this.rights = rights;
    }

    @GetMapping("/attendance/courses/{courseId}/items/{itemId}/failed-scans")
    String failedScans(@PathVariable long courseId, @PathVariable long itemId, Model model) {
        rights.requireRunsCheckIn(courseId, CurrentUser.get());
        model.addAttribute("course", board.course(courseId));
        model.addAttribute("item", board.entry(courseId, itemId));
        model.addAttribute("lines", log.of(itemId, LocaleContextHolder.getLocale()));
        return "attendance/failed-scans";
    }
}
