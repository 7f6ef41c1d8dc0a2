package org.cadretraining.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;

@AccountWebTest
class CreditLedgerTests extends CreditWorldTest {

    @Test
    void aCorrectionIsANewEntryThatLeavesTheOriginalRowUnchangedAndMovesTheTotal() {
        long cadre = world.cadre("王芳", world.schoolA, "SECTION");
        long original = world.earn(cadre, LocalDate.of(year, 3, 19), CreditCategory.FULL_TIME, "6");
        world.earn(cadre, LocalDate.of(year, 3, 20), CreditCategory.FULL_TIME, "3");
        Map<String, Object> before = row(original);

        CreditEntryView correction = ledger.correct(original, CreditHours.of("4.5"), "下午离场较早，按实际时长计", world.organiser);

        assertThat(row(original)).isEqualTo(before);
        assertThat(correction.correctsId()).isEqualTo(original);
        assertThat(correction.correctionReason()).isEqualTo("下午离场较早，按实际时长计");
        assertThat(correction.hours()).isEqualTo(CreditHours.of("4.5"));
        assertThat(ledger.entry(original).superseded()).isTrue();
        assertThat(ledger.totalsOf(cadre))
                .containsExactly(new YearTotals(year, CreditHours.of("7.5"), CreditHours.ZERO));
        assertThat(jdbc.sql("select count(*) from credit_entry where cadre_id = ?")
                        .param(cadre)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void aCorrectionCanItselfBeCorrectedButAnEntryOnlyOnce() {
        long cadre = world.cadre("李强", world.schoolA, "SECTION");
        long original = world.earn(cadre, LocalDate.of(year, 5, 1), CreditCategory.ONLINE, "2");
        long first = ledger.correct(original, CreditHours.of("1"), "重复计入", world.organiser)
                .id();

        assertThatThrownBy(() -> ledger.correct(original, CreditHours.of("0"), "再次更正", world.administrator))
                .isInstanceOf(DomainException.class)
                .hasMessage("credit.correction.alreadyCorrected");
        ledger.correct(first, CreditHours.of("0.5"), "只学完一半", world.administrator);

        assertThat(ledger.totalsOf(cadre))
                .containsExactly(new YearTotals(year, CreditHours.ZERO, CreditHours.of("0.5")));
        assertThat(ledger.entriesOf(cadre)).filteredOn(CreditEntryView::counts).hasSize(1);
    }

    @Test
    void aCorrectionNeedsAReasonAndTheOrganiser() {
        long cadre = world.cadre("赵敏", world.schoolA, "SECTION");
        long entry = world.earn(cadre, LocalDate.of(year, 5, 1), CreditCategory.FULL_TIME, "3");

        assertThatThrownBy(() -> ledger.correct(entry, CreditHours.of("1"), " ", world.organiser))
                .hasMessage("credit.correction.reasonRequired");
        assertThatThrownBy(() -> ledger.correct(entry, CreditHours.of("1"), "理由", world.liaisonA))
                .hasMessage("problem.forbidden");
        assertThatThrownBy(() -> ledger.correct(entry, CreditHours.of("1"), "理由", TestPrincipal.cadre(cadre)))
                .hasMessage("problem.forbidden");
        assertThat(ledger.totalsOf(cadre)).containsExactly(new YearTotals(year, CreditHours.of("3"), CreditHours.ZERO));
    }

    @Test
    void anEntryCountsInTheYearItWasEarnedSoTrainingAcrossNewYearIsSplit() {
        long cadre = world.cadre("孙丽", world.schoolB, "COUNTY");
        world.earn(cadre, LocalDate.of(year - 1, 12, 31), CreditCategory.FULL_TIME, "6");
        world.earn(cadre, LocalDate.of(year, 1, 1), CreditCategory.FULL_TIME, "3");
        world.earn(cadre, LocalDate.of(year, 1, 2), CreditCategory.ONLINE, "0.25");

        assertThat(ledger.totalsOf(cadre))
                .containsExactly(
                        new YearTotals(year, CreditHours.of("3"), CreditHours.of("0.25")),
                        new YearTotals(year - 1, CreditHours.of("6"), CreditHours.ZERO));
        assertThat(ledger.entriesOf(cadre)).extracting(CreditEntryView::year).containsExactly(year, year, year - 1);
    }

    @Test
    void writingTheSameEntryAgainChangesNeitherTheLedgerNorTheTotals() {
        long cadre = world.cadre("周杰", world.schoolB, "SECTION");
        NewCreditEntry entry = new NewCreditEntry(
                cadre,
                LocalDate.of(year, 6, 1),
                CreditCategory.FULL_TIME,
                CreditSource.COURSE,
                null,
                "agenda-item:" + world.prefix,
                CreditHours.of("3"),
                new LocalizedText("上午", "Morning"),
                "test");

        assertThat(ledger.record(List.of(entry))).isEqualTo(1);
        assertThat(ledger.record(List.of(entry))).isZero();

        assertThat(ledger.entriesOf(cadre)).hasSize(1);
        assertThat(ledger.totalsOf(cadre)).containsExactly(new YearTotals(year, CreditHours.of("3"), CreditHours.ZERO));
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("select * from credit_entry where id = ?")
                .param(id)
                .query()
                .singleRow();
    }
}
