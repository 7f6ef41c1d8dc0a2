package org.cadretraining.organisation.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.cadretraining.organisation.Rank;
import org.cadretraining.organisation.Ranks;
import org.cadretraining.organisation.UnitKind;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/**
 * The workbook to fill in for each kind: a first sheet holding only the header row, in the reader's language, with
 * every column formatted as text (so that staff numbers keep their leading zeros), and a second sheet explaining each
 * column and the values it accepts. Only the first sheet is ever read back.
 */
@Component
class ImportTemplates {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportTexts texts;
    private final Ranks ranks;

    ImportTemplates(ImportTexts texts, Ranks ranks) {
        this.texts = texts;
        this.ranks = ranks;
    }

    static String fileName(ImportKind kind) {
        return kind.slug() + "-import-template.xlsx";
    }

    void write(ImportKind kind, Locale locale, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "cadre-training", "1.0");
        List<Column> columns = kind.columns();
        Worksheet data = workbook.newWorksheet(texts.message("importing.template.sheet.data", locale));
        for (int c = 0; c < columns.size(); c++) {
            data.value(0, c, columns.get(c).templateHeading(locale));
            data.style(0, c).bold().fillColor("DDEBF7").set();
            data.style(c).format("@").set();
            data.width(c, 18);
        }
        data.freezePane(0, 1);
        writeHelp(kind, locale, workbook.newWorksheet(texts.message("importing.template.sheet.help", locale)));
        workbook.finish();
    }

    private void writeHelp(ImportKind kind, Locale locale, Worksheet help) {
        String[] headings = {
            "importing.template.help.column", "importing.template.help.required", "importing.template.help.meaning"
        };
        for (int c = 0; c < headings.length; c++) {
            help.value(0, c, texts.message(headings[c], locale));
            help.style(0, c).bold().set();
        }
        int row = 1;
        for (Column column : kind.columns()) {
            help.value(row, 0, column.templateHeading(locale));
            help.value(
                    row,
                    1,
                    texts.message(
                            column.required() ? "importing.template.help.yes" : "importing.template.help.no", locale));
            help.value(row, 2, texts.message("importing.template.help." + kind.slug() + "." + column.key(), locale));
            row++;
        }
        row++;
        if (kind == ImportKind.CADRE) {
            help.value(row++, 0, texts.message("importing.template.help.ranks", locale));
            for (Rank rank : ranks.all()) {
                help.value(row, 0, rank.name().zh());
                help.value(row, 1, rank.name().en());
                help.value(row++, 2, rank.code());
            }
        } else {
            help.value(row++, 0, texts.message("importing.template.help.kinds", locale));
            for (UnitKind unitKind : UnitKind.values()) {
                help.value(row, 0, texts.message("importing.unitKind." + unitKind.name(), Locale.SIMPLIFIED_CHINESE));
                help.value(row, 1, texts.message("importing.unitKind." + unitKind.name(), Locale.ENGLISH));
                help.value(row++, 2, unitKind.name());
            }
        }
        help.width(0, 24);
        help.width(1, 28);
        help.width(2, 80);
    }
}
