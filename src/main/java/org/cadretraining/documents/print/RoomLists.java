package org.cadretraining.documents.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.documents.PdfDocuments;
import org.cadretraining.shared.CurrentUser;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The room list of a course as PDF and spreadsheet, and the spreadsheet template to fill it in with. */
@Service
class RoomLists {

    private final DeskSheets sheets;
    private final RoomAssignments assignments;
    private final PdfDocuments pdf;
    private final MessageSource messages;
    private final Clock clock;

    RoomLists(DeskSheets sheets, RoomAssignments assignments, PdfDocuments pdf, MessageSource messages, Clock clock) {
        this.sheets = sheets;
        this.assignments = assignments;
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Printed pdf(long courseId, CurrentUser user, Locale locale) {
        CourseSummary course = sheets.courseRunBy(courseId, user);
        RoomSheet sheet = RoomSheet.of(sheets.people(courseId), assignments.of(courseId));
        byte[] content = pdf.render(
                "documents/print/rooms-pdf",
                locale,
                Map.of(
                        "course",
                        course,
                        "sheet",
                        sheet,
                        "english",
                        BadgeSheets.english(locale),
                        "printedAt",
                        LocalDateTime.now(clock).withSecond(0).withNano(0)));
        return Printed.pdf(content, name(course, "documents.rooms.title", locale));
    }

    /** One row per participant with a room, with their roommates, in the order of the PDF. */
    @Transactional(readOnly = true)
    Printed xlsx(long courseId, CurrentUser user, Locale locale) {
        CourseSummary course = sheets.courseRunBy(courseId, user);
        RoomSheet sheet = RoomSheet.of(sheets.people(courseId), assignments.of(courseId));
        boolean english = BadgeSheets.english(locale);
        byte[] content = workbook(message("documents.rooms.title", locale), ws -> {
            header(ws, locale, "building", "room", "staffNumber", "name", "unit", "position", "roommates");
            int row = 1;
            for (RoomSheet.Building building : sheet.buildings()) {
                for (RoomSheet.Room room : building.rooms()) {
                    for (DeskPerson p : room.occupants()) {
                        ws.value(row, 0, building.name());
                        ws.value(row, 1, room.number());
                        ws.value(row, 2, p.staffNumber());
                        ws.value(row, 3, p.nameIn(english));
                        ws.value(row, 4, p.unit().in(locale));
                        ws.value(row, 5, p.position().in(locale));
                        ws.value(
                                row,
                                6,
                                String.join(
                                        english ? ", " : "、",
                                        room.occupants().stream()
                                                .filter(o -> o != p)
                                                .map(o -> o.nameIn(english))
                                                .toList()));
                        row++;
                    }
                }
            }
            widths(ws, 16, 10, 12, 14, 36, 30, 24);
        });
        return Printed.xlsx(content, name(course, "documents.rooms.title", locale));
    }

    /** The template: every participant's staff number, with their room where they have one, to fill in or change. */
    @Transactional(readOnly = true)
    Printed template(long courseId, CurrentUser user, Locale locale) {
        CourseSummary course = sheets.courseRunBy(courseId, user);
        List<DeskPerson> people = sheets.people(courseId);
        var assigned = assignments.of(courseId);
        boolean english = BadgeSheets.english(locale);
        byte[] content = workbook(message("documents.rooms.title", locale), ws -> {
            header(ws, locale, "who", "building", "room", "name", "unit");
            int row = 1;
            for (DeskPerson p : people) {
                RoomAssignments.Assigned a = assigned.get(p.cadreId());
                ws.value(row, 0, p.staffNumber());
                ws.value(row, 1, a == null ? "" : a.building());
                ws.value(row, 2, a == null ? "" : a.room());
                ws.value(row, 3, p.nameIn(english));
                ws.value(row, 4, p.unit().in(locale));
                row++;
            }
            widths(ws, 16, 16, 10, 14, 36);
        });
        return Printed.xlsx(content, name(course, "documents.rooms.template", locale));
    }

    private void header(Worksheet ws, Locale locale, String... columns) {
        for (int col = 0; col < columns.length; col++) {
            ws.value(0, col, message("documents.rooms.column." + columns[col], locale));
        }
        ws.range(0, 0, 0, columns.length - 1).style().bold().fillColor("EEEEEE").set();
        ws.freezePane(0, 1);
    }

    private static void widths(Worksheet ws, double... widths) {
        for (int col = 0; col < widths.length; col++) {
            ws.width(col, widths[col]);
        }
    }

    private static byte[] workbook(String sheetName, Consumer<Worksheet> fill) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "cadre-training", "1.0");
            fill.accept(workbook.newWorksheet(sheetName));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private String name(CourseSummary course, String kindKey, Locale locale) {
        return course.title().in(locale) + "-" + message(kindKey, locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
