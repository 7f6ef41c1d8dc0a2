package org.cadretraining.credit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The compliance list as a workbook, written row by row as the database streams it: rows are flushed to the
 * output every few hundred, so a list of 100,000 cadres needs no more memory than one of a hundred.
 */
@Component
class ComplianceExport {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int FLUSH_EVERY = 500;
    private static final String[] HEADINGS = {
        "credit.compliance.staffNumber",
        "credit.compliance.name",
        "credit.compliance.unit",
        "credit.compliance.tier",
        "credit.compliance.fullTimeRequired",
        "credit.compliance.fullTimeEarned",
        "credit.compliance.fullTimeShortfall",
        "credit.compliance.onlineRequired",
        "credit.compliance.onlineEarned",
        "credit.compliance.onlineShortfall",
        "credit.compliance.daysHad",
        "credit.compliance.daysRequired",
        "credit.compliance.metBy",
        "credit.compliance.deadline"
    };

    private final Compliance compliance;
    private final MessageSource messages;
    private final Clock clock;

    ComplianceExport(Compliance compliance, MessageSource messages, Clock clock) {
        this.compliance = compliance;
        this.messages = messages;
        this.clock = clock;
    }

    /** Writes the workbook and returns how many cadres it lists. */
    long write(
            Long unitId,
            CreditCategory category,
            ComplianceSort sort,
            CurrentUser user,
            Locale locale,
            OutputStream out)
            throws IOException {
        Workbook workbook = new Workbook(out, "cadre-training", "1.0");
        Worksheet sheet = workbook.newWorksheet(messages.getMessage("credit.compliance.sheet", null, locale));
        for (int c = 0; c < HEADINGS.length; c++) {
            sheet.value(0, c, messages.getMessage(HEADINGS[c], null, locale));
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
        String county = messages.getMessage("credit.tier.COUNTY_AND_ABOVE", null, locale);
        String section = messages.getMessage("credit.tier.SECTION_AND_BELOW", null, locale);
        long[] rows = {0};
        try {
            compliance.eachShortfall(unitId, category, sort, user, row -> {
                int r = (int) ++rows[0];
                sheet.value(r, 0, row.staffNumber());
                sheet.value(r, 1, row.name());
                sheet.value(r, 2, row.unit().in(locale));
                sheet.value(r, 3, Requirement.COUNTY_AND_ABOVE.equals(row.tier()) ? county : section);
                number(sheet, r, 4, row.fullTimeRequired());
                number(sheet, r, 5, row.fullTimeEarned());
                number(sheet, r, 6, row.fullTimeShortfall());
                number(sheet, r, 7, row.onlineRequired());
                number(sheet, r, 8, row.onlineEarned());
                number(sheet, r, 9, row.onlineShortfall());
                if (row.fullTimeDaysRequired() != null) {
                    sheet.value(r, 10, row.fullTimeDays());
                    sheet.value(r, 11, row.fullTimeDaysRequired());
                }
                sheet.value(r, 12, messages.getMessage("credit.compliance.metBy." + row.fullTimeMetBy(), null, locale));
                if (row.promotion() != null) {
                    String deadline = row.promotion().deadline().toString();
                    sheet.value(
                            r,
                            13,
                            messages.getMessage(
                                    row.promotion().late() ? "credit.compliance.late" : "credit.compliance.dueBy",
                                    new Object[] {deadline},
                                    locale));
                }
                if (r % FLUSH_EVERY == 0) {
                    try {
                        sheet.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        sheet.finish();
        about(workbook.newWorksheet(messages.getMessage("credit.compliance.about.sheet", null, locale)), locale);
        workbook.finish();
        return rows[0];
    }

    /**
     * When the list was taken, as the institution's local time ({@code app.time-zone}), and which zone that is: the
     * figures change with every course completed, so a list passed on says when it held. The moment is written as a
     * local date-time, never as an {@code Instant}, which fastexcel would turn into the server's zone.
     */
    private void about(Worksheet about, Locale locale) {
        about.value(0, 0, messages.getMessage("credit.compliance.about.exportedAt", null, locale));
        about.value(0, 1, LocalDateTime.now(clock).withSecond(0).withNano(0));
        about.style(0, 1).format("yyyy-mm-dd hh:mm").set();
        about.value(1, 0, messages.getMessage("credit.compliance.about.timeZone", null, locale));
        about.value(1, 1, clock.getZone().getId());
        about.width(0, 16);
        about.width(1, 20);
    }

    private static void number(Worksheet sheet, int r, int c, CreditHours hours) {
        sheet.value(r, c, hours.value());
    }
}
