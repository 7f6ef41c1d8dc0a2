package org.cadretraining.documents.print;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

@ApiController("/api/v1/courses/{id}")
@Tag(name = "Course desk prints", description = "Name badges, table cards and the room list of a course")
class PrintApiController {

    /** Room lines as pasted from a spreadsheet: staff number or name, building, room, separated by tabs. */
    record RoomLines(String lines) {}

    /** A row as it would be written: its row number, the participant and their room. */
    record PlacementView(int row, long cadreId, String staffNumber, String name, String building, String room) {}

    /** A bad row: its number (0 for the list as a whole) and why, in the reader's language. */
    record RowProblem(int row, String message) {}

    record RoomPreview(boolean writable, List<PlacementView> placements, List<RowProblem> errors) {}

    private final BadgeSheets badges;
    private final RoomLists rooms;
    private final RoomBooking booking;
    private final MessageSource messages;

    PrintApiController(BadgeSheets badges, RoomLists rooms, RoomBooking booking, MessageSource messages) {
        this.badges = badges;
        this.rooms = rooms;
        this.booking = booking;
        this.messages = messages;
    }

    @GetMapping("/badges.pdf")
    @Operation(summary = "Name badges with each participant's check-in QR code, eight to an A4 page (?lang=en)")
    ResponseEntity<byte[]> badges(@PathVariable long id) {
        return badges.badges(id, CurrentUser.get(), LocaleContextHolder.getLocale())
                .response();
    }

    @GetMapping("/table-cards.pdf")
    @Operation(summary = "Folded A4 table cards, one per participant, or per participant of one role (?role=)")
    ResponseEntity<byte[]> tableCards(@PathVariable long id, @RequestParam(required = false) String role) {
        return badges.tableCards(id, role, CurrentUser.get(), LocaleContextHolder.getLocale())
                .response();
    }

    @GetMapping("/rooms.pdf")
    @Operation(summary = "The room list by building and room, with roommates, as a PDF")
    ResponseEntity<byte[]> roomsPdf(@PathVariable long id) {
        return rooms.pdf(id, CurrentUser.get(), LocaleContextHolder.getLocale()).response();
    }

    @GetMapping("/rooms.xlsx")
    @Operation(summary = "The room list as a spreadsheet, one row per participant with their roommates")
    ResponseEntity<byte[]> roomsXlsx(@PathVariable long id) {
        return rooms.xlsx(id, CurrentUser.get(), LocaleContextHolder.getLocale())
                .response();
    }

    @GetMapping("/rooms-template.xlsx")
    @Operation(summary = "The spreadsheet to fill in the rooms with: every participant's staff number")
    ResponseEntity<byte[]> roomsTemplate(@PathVariable long id) {
        return rooms.template(id, CurrentUser.get(), LocaleContextHolder.getLocale())
                .response();
    }

    @PostMapping(value = "/rooms/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Checks room lines without writing: who goes where, and every bad row with its number")
    RoomPreview preview(@PathVariable long id, @RequestBody RoomLines body) {
        return view(booking.preview(id, RoomInput.fromText(body.lines()), CurrentUser.get()));
    }

    @PostMapping(value = "/rooms/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Checks a filled-in room list template (XLSX) without writing; send its rows to PUT /rooms")
    RoomPreview previewFile(@PathVariable long id, @RequestPart MultipartFile file) throws IOException {
        return view(booking.preview(id, RoomInput.fromXlsx(file.getBytes()), CurrentUser.get()));
    }

    @PutMapping("/rooms")
    @Operation(
            summary = "Replaces the course's room list with the lines, when every row is good;"
                    + " otherwise 422 with every bad row, and nothing written")
    ResponseEntity<?> confirm(@PathVariable long id, @RequestBody RoomLines body) {
        RoomPlan plan = booking.confirm(id, RoomInput.fromText(body.lines()), CurrentUser.get());
        RoomPreview view = view(plan);
        if (plan.writable()) {
            return ResponseEntity.ok(view);
        }
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(
                        "documents.rooms.preview.bad",
                        new Object[] {view.errors().size()},
                        locale));
        problem.setTitle(messages.getMessage("problem.invalid.title", null, locale));
        problem.setProperty("errors", view.errors());
        return ResponseEntity.unprocessableContent().body(problem);
    }

    private RoomPreview view(RoomPlan plan) {
        Locale locale = LocaleContextHolder.getLocale();
        boolean english = BadgeSheets.english(locale);
        return new RoomPreview(
                plan.writable(),
                plan.placements().stream()
                        .map(p -> new PlacementView(
                                p.row(),
                                p.person().cadreId(),
                                p.person().staffNumber(),
                                p.person().nameIn(english),
                                p.building(),
                                p.room()))
                        .toList(),
                plan.errors().stream()
                        .map(e -> new RowProblem(
                                e.row(),
                                messages.getMessage(e.key(), e.arguments().toArray(), locale)))
                        .toList());
    }
}
