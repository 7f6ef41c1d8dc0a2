package org.cadretraining.account.trainees;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The accounts just made, with their one-time passwords, as a workbook the organiser hands out from. */
@Component
class PasswordSheet {

    /** One account as the result page listed it. */
    record Row(String username, String name, String unit, String password) {}

    private static final String[] HEADER = {
        "account.username", "account.trainees.name", "account.trainees.unit", "account.oneTime.password"
    };
    private static final double[] WIDTHS = {16, 14, 32, 22};

    private final MessageSource messages;

    PasswordSheet(MessageSource messages) {
        this.messages = messages;
    }

    byte[] workbook(List<Row> rows, Locale locale) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "cadre-training", "1.0");
            Worksheet sheet = workbook.newWorksheet(messages.getMessage("account.trainees.sheet", null, locale));
            for (int col = 0; col < HEADER.length; col++) {
                sheet.value(0, col, messages.getMessage(HEADER[col], null, locale));
                sheet.width(col, WIDTHS[col]);
            }
            sheet.range(0, 0, 0, HEADER.length - 1).style().bold().set();
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                sheet.value(i + 1, 0, row.username());
                sheet.value(i + 1, 1, row.name());
                sheet.value(i + 1, 2, row.unit());
                sheet.value(i + 1, 3, row.password());
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
