package org.cadretraining.course;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The workbook organisers fill in with a programme: the first sheet holds the header row in the reader's language
 * (every column as text, so "8:30" stays as typed), the second explains each column with an example. Only the first
 * sheet is read back.
 */
@Component
class ProgrammeTemplate {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MessageSource messages;

    ProgrammeTemplate(MessageSource messages) {
        this.messages = messages;
    }

    byte[] workbook(Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "cadre-training", "1.0");
            Worksheet data = workbook.newWorksheet(message("course.import.template.sheet", locale));
            Worksheet help = workbook.newWorksheet(message("course.import.template.help", locale));
            help.value(0, 0, message("course.import.template.column", locale));
            help.value(0, 1, message("course.import.template.meaning", locale));
            help.value(0, 2, message("course.import.template.example", locale));
            help.style(0, 0).bold().set();
            help.style(0, 1).bold().set();
            help.style(0, 2).bold().set();
            for (int c = 0; c < ProgrammeColumn.TEMPLATE.size(); c++) {
                ProgrammeColumn column = ProgrammeColumn.TEMPLATE.get(c);
                String header = message("course.import.column." + column, locale);
                data.value(0, c, header);
                data.style(0, c).bold().fillColor("DDEBF7").set();
                data.style(c).format("@").set();
                data.width(c, column == ProgrammeColumn.TITLE || column == ProgrammeColumn.TITLE_EN ? 36 : 14);
                help.value(c + 1, 0, header);
                help.value(c + 1, 1, message("course.import.column." + column + ".meaning", locale));
                help.value(c + 1, 2, message("course.import.column." + column + ".example", locale));
            }
            data.freezePane(0, 1);
            help.width(0, 16);
            help.width(1, 70);
            help.width(2, 30);
            workbook.finish();
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return bytes.toByteArray();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
