package org.cadretraining.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.cadretraining.shared.TableRows.TableRow;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class TableRowsTests {

    @Test
    void aWorkbookGivesItsCellsAsAPersonReadsThemDatesAndTimesIncluded() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook book = new Workbook(bytes, "test", "1.0")) {
            Worksheet sheet = book.newWorksheet("日程");
            sheet.value(0, 0, "日期");
            sheet.value(0, 1, "开始");
            sheet.value(0, 2, "学时");
            sheet.value(2, 0, LocalDate.of(2024, 11, 14));
            sheet.style(2, 0).format("yyyy\"年\"m\"月\"d\"日\"").set();
            sheet.value(
                    2, 1, LocalDateTime.of(1899, 12, 31, 8, 30).toLocalTime().toSecondOfDay() / 86400.0);
            sheet.style(2, 1).format("h:mm").set();
            sheet.value(2, 2, 3.0);
            sheet.value(3, 0, "  11月15日\u3000");
        }

        List<TableRow> rows = TableRows.ofXlsx(bytes.toByteArray());

        assertThat(rows).extracting(TableRow::number).containsExactly(1, 3, 4);
        assertThat(rows.get(1).cells())
                .containsExactly("2024-11-14", LocalTime.of(8, 30).toString(), "3");
        assertThat(rows.get(2).cell(0)).isEqualTo("11月15日");
        assertThat(rows.get(2).cell(5)).as("beyond the row").isEmpty();
    }

    @Test
    void pastedRowsSplitAtTabsOrElseCommasAndKeepTheirLineNumbers() {
        List<TableRow> rows = TableRows.ofPaste("2024-11-14\t8:30\t开班式\r\n\r\n\"2024-11-15\", 9:00 ,\"讲座\"\n");

        assertThat(rows).extracting(TableRow::number).containsExactly(1, 3);
        assertThat(rows.get(0).cells()).containsExactly("2024-11-14", "8:30", "开班式");
        assertThat(rows.get(1).cells()).containsExactly("2024-11-15", "9:00", "讲座");
    }

    @Test
    void bytesThatAreNoWorkbookAreRefusedAsUnreadable() {
        assertThatThrownBy(() -> TableRows.ofXlsx("not a workbook".getBytes()))
                .isInstanceOf(TableRows.UnreadableTable.class);
    }
}
