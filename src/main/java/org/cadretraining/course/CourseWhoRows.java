package org.cadretraining.course;

import java.time.LocalDate;
import org.cadretraining.shared.LocalizedText;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The rows a course keeps of who runs it and who it is for; each list is ordered by its {@code position} column.
 * Only {@link CourseWho} reads and writes them.
 */
final class CourseWhoRows {

    private CourseWhoRows() {}

    @Table("course_organiser")
    record OrganiserRow(long unitId) {}

    @Table("course_co_organiser")
    record CoOrganiserRow(long unitId) {}

    /** Exactly one of the three is set. */
    @Table("course_audience")
    record AudienceRow(String rankCode, String cadreCategory, Long unitId) {}

    @Table("course_cohort")
    record CohortRow(String nameZh, String nameEn, LocalDate startsOn, LocalDate endsOn) {

        static CohortRow of(Cohort cohort) {
            return new CohortRow(cohort.name().zh(), cohort.name().en(), cohort.startsOn(), cohort.endsOn());
        }

        Cohort cohort() {
            return new Cohort(new LocalizedText(nameZh, nameEn), startsOn, endsOn);
        }
    }
}
