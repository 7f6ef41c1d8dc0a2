package org.cadretraining.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.documents.CourseParticipants.Participant;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The documents of one course: its agenda and sign-in sheets as PDF, its roster as a spreadsheet. */
@Service
class CourseDocuments {

    /** A produced document with the name it is offered under, without extension. */
    record Document(byte[] content, String name) {}

    private final AgendaSheets sheets;
    private final CourseParticipants participants;
    private final PdfRenderer pdf;
    private final MessageSource messages;
    private final Clock clock;
    private final CheckInBadges desk;

    CourseDocuments(
            AgendaSheets sheets,
            CourseParticipants participants,
            PdfRenderer pdf,
            MessageSource messages,
            Clock clock,
            CheckInBadges desk) {
        this.desk = desk;
        this.sheets = sheets;
        this.participants = participants;
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Document agenda(long courseId, CurrentUser user, Locale locale) {
        CourseSummary course = sheets.course(courseId);
        DocumentRights.requireMaySee(user, course);
        AgendaSheet sheet = sheets.of(course);
        byte[] content = pdf.render(
                "documents/agenda-pdf",
                locale,
                Map.of(
                        "sheet", sheet,
                        "otherTitle", otherTitle(sheet, locale),
                        "today", LocalDate.now(clock)));
        return new Document(content, name(sheet, "documents.agenda.title", locale));
    }

    @Transactional(readOnly = true)
    Document signIn(long courseId, LocalDate date, CurrentUser user, Locale locale) {
        CourseSummary course = sheets.course(courseId);
        DocumentRights.requireMayListParticipants(user, course, desk);
        AgendaSheet sheet = sheets.of(course);
        AgendaSheet.Day day = sheet.day(date);
        if (day == null) {
            throw DomainException.notFound("documents.day.notInCourse");
        }
        // on a cohort's own day the sheet lists that cohort and those who take part throughout
        List<Participant> people = byGroup(participants.of(courseId).stream()
                .filter(p -> course.expects(p.cohort(), date))
                .toList());
        byte[] content = pdf.render(
                "documents/sign-in-pdf",
                locale,
                Map.of(
                        "sheet", sheet,
                        "day", day,
                        "participants", people,
                        "grouped", people.stream().anyMatch(p -> !p.group().isEmpty()),
                        "today", LocalDate.now(clock)));
        return new Document(content, name(sheet, "documents.signIn.title", locale) + "-" + date);
    }

    @Transactional(readOnly = true)
    Document roster(long courseId, CurrentUser user, Locale locale) {
        CourseSummary course = sheets.course(courseId);
        DocumentRights.requireMayListParticipants(user, course, desk);
        AgendaSheet sheet = sheets.of(course);
        List<Participant> people = byGroup(participants.of(courseId));
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "cadre-training", "1.0");
            Worksheet ws = workbook.newWorksheet(message("documents.roster.sheet", locale));
            String[] header = {
                "documents.roster.number",
                "documents.roster.staffNumber",
                "documents.roster.name",
                "documents.roster.unit",
                "documents.roster.position",
                "documents.roster.role",
                "documents.roster.group"
            };
            for (int col = 0; col < header.length; col++) {
                ws.value(0, col, message(header[col], locale));
            }
            ws.range(0, 0, 0, header.length - 1)
                    .style()
                    .bold()
                    .fillColor("EEEEEE")
                    .set();
            int row = 1;
            for (Participant p : people) {
                ws.value(row, 0, row);
                ws.value(row, 1, p.staffNumber());
                ws.value(row, 2, p.nameIn(locale));
                ws.value(row, 3, p.unit().in(locale));
                ws.value(row, 4, p.position().in(locale));
                ws.value(row, 5, p.role().in(locale));
                ws.value(row, 6, p.group());
                row++;
            }
            double[] widths = {6, 12, 12, 30, 30, 12, 10};
            for (int col = 0; col < widths.length; col++) {
                ws.width(col, widths[col]);
            }
            ws.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Document(out.toByteArray(), name(sheet, "documents.roster.sheet", locale));
    }

    /** Participants of the same group together, groups in the order of their names; within one, as given. */
    private static List<Participant> byGroup(List<Participant> people) {
        return people.stream().sorted(Comparator.comparing(Participant::group)).toList();
    }

    private static String otherTitle(AgendaSheet sheet, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        String other =
                english ? sheet.course().title().zh() : sheet.course().title().en();
        return other.equals(sheet.course().title().in(locale)) ? "" : other;
    }

    private String name(AgendaSheet sheet, String kindKey, Locale locale) {
        return sheet.course().title().in(locale) + "-" + message(kindKey, locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
