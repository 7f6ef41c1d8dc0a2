package org.cadretraining.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.cadretraining.enrolment.QuotaList.Given;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** Places per unit as organisers paste them from a spreadsheet or a message, or upload them. */
class QuotaListTests {

    @Test
    void aPasteTakesTabsCommasOrSpacesAndKeepsEachLinesNumber() {
        String pasted = "党政办公室\t8\n\n社区党建办公室，6\nParty Office  5\u3000\n 孤零零的单位 \nA, B, 3";

        assertThat(QuotaList.parse(pasted))
                .containsExactly(
                        new Given(1, "党政办公室", "8"),
                        new Given(3, "社区党建办公室", "6"),
                        new Given(4, "Party Office", "5"),
                        new Given(5, "孤零零的单位", ""),
                        new Given(6, "A", "B, 3"));
    }

    @Test
    void aSpreadsheetGivesItsRowNumbersAndWholeNumbersWithoutDecimals() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("名额");
        sheet.value(0, 0, "单位名称或代码");
        sheet.value(0, 1, "名额");
        sheet.value(1, 0, "党政办公室");
        sheet.value(1, 1, 8);
        sheet.value(3, 0, "JD-02");
        sheet.value(3, 1, "六");
        workbook.finish();

        assertThat(QuotaList.read(new ByteArrayInputStream(out.toByteArray())))
                .containsExactly(new Given(2, "党政办公室", "8"), new Given(4, "JD-02", "六"));
    }

    @Test
    void aLineCarriedByTheConfirmationIsReadBackAsGiven() {
        Given given = new Given(7, "Party Office", "5");
        assertThat(Given.decode(given.encode())).isEqualTo(given);
        Given made = new Given(null, "JD-01", "8");
        assertThat(Given.decode(made.encode())).isEqualTo(made);
    }
}
