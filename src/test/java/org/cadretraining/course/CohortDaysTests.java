package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** Which cohort is held on a day, and so who is expected then: the one rule attendance, completion and sheets use. */
class CohortDaysTests {

    private static final LocalDate START = LocalDate.of(2012, 11, 19);

    @Test
    void onACohortsOwnDaysOnlyItsMembersAndThoseWhoTakePartThroughoutAreExpected() {
        CourseSummary course = course(
                new Cohort(new LocalizedText("第四十四期", ""), START, START.plusDays(2)),
                new Cohort(new LocalizedText("第四十五期", ""), START.plusDays(3), START.plusDays(5)));
        assertThat(course.cohortOn(START)).isEqualTo(1);
        assertThat(course.cohortOn(START.plusDays(2))).isEqualTo(1);
        assertThat(course.cohortOn(START.plusDays(3))).isEqualTo(2);
        assertThat(course.expects(1, START.plusDays(1))).isTrue();
        assertThat(course.expects(2, START.plusDays(1))).isFalse();
        assertThat(course.expects(1, START.plusDays(4))).isFalse();
        assertThat(course.expects(null, START.plusDays(4))).isTrue();
    }

    @Test
    void daysSharedByTwoCohortsOrByNoneExpectEveryone() {
        CourseSummary overlapping = course(
                new Cohort(new LocalizedText("一期", ""), START, START.plusDays(3)),
                new Cohort(new LocalizedText("二期", ""), START.plusDays(3), START.plusDays(5)));
        assertThat(overlapping.cohortOn(START.plusDays(3))).isNull();
        assertThat(overlapping.expects(1, START.plusDays(3))).isTrue();
        assertThat(overlapping.expects(2, START.plusDays(3))).isTrue();

        CourseSummary withGap = course(new Cohort(new LocalizedText("一期", ""), START, START.plusDays(1)));
        assertThat(withGap.cohortOn(START.plusDays(4))).isNull();
        assertThat(withGap.expects(1, START.plusDays(4))).isTrue();

        CourseSummary none = course();
        assertThat(none.cohortOn(START)).isNull();
        assertThat(none.expects(null, START)).isTrue();
    }

    private static CourseSummary course(Cohort... cohorts) {
        return new CourseSummary(
                1,
                new LocalizedText("省直机关党支部书记培训班", ""),
                CourseStatus.IN_PROGRESS,
                TrainingCategory.THEORY,
                START,
                START.plusDays(5),
                140,
                CreditHours.of("18"),
                1,
                null,
                null,
                new LocalizedText("", ""),
                List.of(1L),
                List.of(),
                null,
                TrainingForm.FULL_TIME,
                null,
                List.of(cohorts),
                new LocalizedText("", ""));
    }
}
