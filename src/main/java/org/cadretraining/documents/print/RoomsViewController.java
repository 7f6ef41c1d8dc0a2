package org.cadretraining.documents.print;

import java.io.IOException;
import java.util.List;
import org.cadretraining.course.CourseCatalog.CourseSummary;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The room list page of a course: the rooms as they are, and a form to paste lines or upload the template, which
 * shows a preview (every bad row with its number) before the list is written by a second, confirming step.
 */
@Controller
class RoomsViewController {

    private final DeskSheets sheets;
    private final RoomBooking booking;
    private final MessageSource messages;

    RoomsViewController(DeskSheets sheets, RoomBooking booking, MessageSource messages) {
        this.sheets = sheets;
        this.booking = booking;
        this.messages = messages;
    }

    @GetMapping("/courses/{id}/rooms")
    String rooms(@PathVariable long id, Model model) {
        return page(id, "", null, model);
    }

    @PostMapping("/courses/{id}/rooms/preview")
    String preview(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String lines,
            @RequestParam(required = false) MultipartFile file,
            Model model) {
        List<RoomRow> rows;
        try {
            rows = file != null && !file.isEmpty() ? RoomInput.fromXlsx(file.getBytes()) : RoomInput.fromText(lines);
        } catch (DomainException | IOException e) {
            sheets.courseRunBy(id, CurrentUser.get());
            model.addAttribute("inputError", inputError(e));
            return page(id, lines, null, model);
        }
        RoomPlan plan = booking.preview(id, rows, CurrentUser.get());
        return page(id, RoomInput.toText(rows), plan, model);
    }

    @PostMapping("/courses/{id}/rooms")
    String confirm(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String lines,
            Model model,
            RedirectAttributes flash) {
        RoomPlan plan;
        try {
            plan = booking.confirm(id, RoomInput.fromText(lines), CurrentUser.get());
        } catch (DomainException e) {
            sheets.courseRunBy(id, CurrentUser.get());
            model.addAttribute("inputError", inputError(e));
            return page(id, lines, null, model);
        }
        if (!plan.writable()) {
            return page(id, lines, plan, model);
        }
        flash.addFlashAttribute(
                "saved",
                messages.getMessage(
                        "documents.rooms.saved",
                        new Object[] {plan.placements().size()},
                        LocaleContextHolder.getLocale()));
        return "redirect:/courses/" + id + "/rooms";
    }

    private String page(long id, String lines, RoomPlan plan, Model model) {
        CourseSummary course = sheets.courseRunBy(id, CurrentUser.get());
        model.addAttribute("course", course);
        model.addAttribute("sheet", booking.sheet(id, CurrentUser.get()));
        model.addAttribute("lines", lines);
        model.addAttribute("plan", plan);
        model.addAttribute("english", BadgeSheets.english(LocaleContextHolder.getLocale()));
        return "documents/print/rooms";
    }

    private String inputError(Exception e) {
        String key = e instanceof DomainException domain ? domain.messageKey() : "documents.rooms.error.file";
        Object[] arguments = e instanceof DomainException domain ? domain.arguments() : null;
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
