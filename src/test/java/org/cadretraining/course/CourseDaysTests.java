package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.cadretraining.shared.DomainException;
import org.junit.jupiter.api.Test;

class CourseDaysTests {

    static final LocalDate MAY_21 = LocalDate.of(2021, 5, 21);
    static final LocalDate MAY_25 = LocalDate.of(2021, 5, 25);

    @Test
    void aLastDayBeforeTheFirstIsRefusedOnTheLastDaysField() {
        assertThatThrownBy(() -> CourseDays.of(MAY_25, MAY_21))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("endsOn");
                    assertThat(refusal.messageKey()).isEqualTo("course.dates.order");
                });
    }

    @Test
    void aDayOutsideTheCoursesDaysIsRefusedNamingTheDaysAllowed() {
        CourseDays days = CourseDays.of(MAY_21, MAY_25);
        assertThatCode(() -> days.requireContains(MAY_21)).doesNotThrowAnyException();
        assertThatCode(() -> days.requireContains(MAY_25)).doesNotThrowAnyException();
        assertThatThrownBy(() -> days.requireContains(MAY_25.plusDays(1)))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("day");
                    assertThat(refusal.messageKey()).isEqualTo("course.agenda.day.outside");
                    assertThat(refusal.arguments()).containsExactly(MAY_21, MAY_25);
                });
    }

    @Test
    void aOneDayCourseIsAllowedAndMovingEitherEndIsAChange() {
        CourseDays oneDay = CourseDays.of(MAY_21, MAY_21);
        assertThat(oneDay.differFrom(CourseDays.of(MAY_21, MAY_21))).isFalse();
        assertThat(oneDay.differFrom(CourseDays.of(MAY_21, MAY_25))).isTrue();
        assertThat(oneDay.differFrom(CourseDays.of(MAY_21.minusDays(1), MAY_21)))
                .isTrue();
    }
}
