package org.cadretraining.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CreditHoursTests {

    @Test
    void keepsTwoDecimalsWhateverWasWritten() {
        assertThat(CreditHours.of("3").toString()).isEqualTo("3.00");
        assertThat(CreditHours.of("1.5").value()).isEqualTo(new BigDecimal("1.50"));
        assertThat(CreditHours.of("0.250").toString()).isEqualTo("0.25");
    }

    @Test
    void equalAmountsAreEqualWhateverTheirScale() {
        assertThat(CreditHours.of("1.5")).isEqualTo(CreditHours.of("1.50"));
    }

    @Test
    void refusesNegativeHours() {
        assertThatIllegalArgumentException().isThrownBy(() -> CreditHours.of("-0.25"));
    }

    @Test
    void refusesFiguresBetweenQuarters() {
        assertThatIllegalArgumentException().isThrownBy(() -> CreditHours.of("0.1"));
        assertThatIllegalArgumentException().isThrownBy(() -> CreditHours.of("1.255"));
        assertThat(CreditHours.isValid(new BigDecimal("2.75"))).isTrue();
        assertThat(CreditHours.isValid(new BigDecimal("2.7"))).isFalse();
        assertThat(CreditHours.isValid(new BigDecimal("-1"))).isFalse();
    }

    @Test
    void roundsAComputedFigureToTheNearestQuarterWithHalvesUp() {
        assertThat(CreditHours.nearestQuarter(new BigDecimal("1.875"))).isEqualTo(CreditHours.of("2"));
        assertThat(CreditHours.nearestQuarter(new BigDecimal("1.1"))).isEqualTo(CreditHours.of("1"));
        assertThat(CreditHours.nearestQuarter(new BigDecimal("1.125"))).isEqualTo(CreditHours.of("1.25"));
        assertThat(CreditHours.nearestQuarter(new BigDecimal("0.12"))).isEqualTo(CreditHours.ZERO);
    }

    @Test
    void addsAndSubtractsExactly() {
        CreditHours total = CreditHours.ZERO;
        for (int i = 0; i < 10; i++) {
            total = total.plus(CreditHours.of("0.25"));
        }
        assertThat(total).isEqualTo(CreditHours.of("2.5"));
        assertThat(total.minus(CreditHours.of("0.75"))).isEqualTo(CreditHours.of("1.75"));
        assertThat(total.quarters()).isEqualTo(10);
    }

    @Test
    void cannotGoBelowZeroBySubtraction() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CreditHours.of("1").minus(CreditHours.of("1.25")));
    }

    @Test
    void ordersByAmount() {
        assertThat(CreditHours.of("3").compareTo(CreditHours.of("2.75"))).isPositive();
        assertThat(CreditHours.of("3").min(CreditHours.of("2.75"))).isEqualTo(CreditHours.of("2.75"));
    }
}
