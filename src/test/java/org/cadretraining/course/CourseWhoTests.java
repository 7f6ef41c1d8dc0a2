package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** The rules of who runs a course and who it is for, as the course applies them. */
class CourseWhoTests {

    private static final LocalDate MONDAY = LocalDate.of(2012, 11, 19);
    private static final LocalDate SATURDAY = MONDAY.plusDays(5);

    @Test
    void organisersKeepTheirOrderAndTheFirstIsTheLead() {
        Course course = plan(details(List.of(7L, 3L), List.of(9L), List.of()));

        assertThat(course.who().organiserUnitIds()).containsExactly(7L, 3L);
        assertThat(course.organiserUnitId()).isEqualTo(7L);
        assertThat(course.who().coOrganiserUnitIds()).containsExactly(9L);
        assertThat(CourseDetails.of(course).organiserUnitIds()).containsExactly(7L, 3L);
    }

    @Test
    void aCourseNeedsAtLeastOneOrganiser() {
        assertRefused(
                () -> plan(details(List.of(), List.of(), List.of())), "organiserUnitId", "course.organiser.required");
    }

    @Test
    void aUnitIsNotBothOrganiserAndCoOrganiser() {
        assertRefused(
                () -> plan(details(List.of(7L, 3L), List.of(3L), List.of())),
                "coOrganiserUnitIds",
                "course.coOrganiser.alsoOrganiser");
    }

    @Test
    void aUnitIsNamedOnlyOnceAmongTheOrganisers() {
        assertRefused(
                () -> plan(details(List.of(7L, 7L), List.of(), List.of())),
                "jointOrganiserUnitIds",
                "course.organiser.twice");
    }

    @Test
    void cohortsLieWithinTheCourseDays() {
        Cohort first = new Cohort(new LocalizedText("第四十四期", "44th"), MONDAY, MONDAY.plusDays(2));
        Cohort late = new Cohort(new LocalizedText("第四十五期", "45th"), MONDAY.plusDays(3), SATURDAY.plusDays(1));

        assertThat(plan(details(List.of(7L), List.of(), List.of(first))).who().cohorts())
                .containsExactly(first);
        DomainException refusal = assertRefused(
                () -> plan(details(List.of(7L), List.of(), List.of(first, late))),
                "cohorts[1].endsOn",
                "course.cohort.outside");
        assertThat(Arrays.asList(refusal.arguments())).containsExactly(2, MONDAY, SATURDAY);
    }

    @Test
    void aCohortEndsNoEarlierThanItStartsAndHasAName() {
        Cohort backwards = new Cohort(new LocalizedText("一期", ""), MONDAY.plusDays(2), MONDAY);
        Cohort nameless = new Cohort(new LocalizedText("", "first"), MONDAY, MONDAY);

        assertRefused(
                () -> plan(details(List.of(7L), List.of(), List.of(backwards))),
                "cohorts[0].endsOn",
                "course.cohort.dates.order");
        assertRefused(
                () -> plan(details(List.of(7L), List.of(), List.of(nameless))),
                "cohorts[0].nameZh",
                "course.cohort.nameRequired");
    }

    @Test
    void theRulesHoldWhenTheDetailsChangeAndARefusedChangeLeavesTheCourseAsItWas() {
        Course course = plan(details(List.of(7L), List.of(9L), List.of()));

        assertRefused(
                () -> course.describe(details(List.of(7L, 9L), List.of(9L), List.of())),
                "coOrganiserUnitIds",
                "course.coOrganiser.alsoOrganiser");
        assertThat(course.who().organiserUnitIds()).containsExactly(7L);
        assertThat(course.who().coOrganiserUnitIds()).containsExactly(9L);
    }

    @Test
    void theFormLeadsWithItsOrganiserAndLeavesOutBlankCohortRowsAndEmptyChoices() {
        CourseForm form = new CourseForm(
                "培训班",
                "",
                "",
                "",
                7L,
                Arrays.asList(null, 3L),
                Arrays.asList(9L, null),
                null,
                null,
                MONDAY,
                SATURDAY,
                30,
                new BigDecimal("18"),
                TrainingCategory.OTHER,
                TrainingForm.ONLINE,
                "王老师",
                "Ms Wang",
                "027-1234",
                "wang@example.org",
                List.of("DIVISION"),
                List.of("中层干部", " "),
                List.of(),
                "中层干部",
                "middle-level cadres",
                List.of(new CohortForm("一期", "", MONDAY, MONDAY), CohortForm.blank()),
                "",
                "",
                null);

        CourseDetails details = form.toDetails();

        assertThat(details.organiserUnitIds()).containsExactly(7L, 3L);
        assertThat(details.coOrganiserUnitIds()).containsExactly(9L);
        assertThat(details.cohorts()).hasSize(1);
        assertThat(details.audience().cadreCategories()).containsExactly("中层干部");
        assertThat(details.contact().name().en()).isEqualTo("Ms Wang");
        assertThat(details.trainingForm()).isEqualTo(TrainingForm.ONLINE);
        assertThat(form.duplicateConfirmed()).isFalse();
        assertThat(CourseForm.of(details).jointOrganiserUnitIds()).containsExactly(3L);
    }

    private static Course plan(CourseDetails details) {
        return Course.plan(details, Instant.parse("2012-11-01T00:00:00Z"), "tester");
    }

    private static CourseDetails details(List<Long> organisers, List<Long> coOrganisers, List<Cohort> cohorts) {
        return new CourseDetails(
                new LocalizedText("党支部书记培训班", ""),
                new LocalizedText("", ""),
                organisers,
                coOrganisers,
                null,
                null,
                MONDAY,
                SATURDAY,
                66,
                CreditHours.of("18"),
                TrainingCategory.PARTY_SPIRIT,
                TrainingForm.FULL_TIME,
                Contact.NONE,
                Audience.ANYONE,
                cohorts,
                null);
    }

    private static DomainException assertRefused(Runnable action, String field, String key) {
        try {
            action.run();
        } catch (DomainException refusal) {
            assertThat(refusal.field()).isEqualTo(field);
            assertThat(refusal.messageKey()).isEqualTo(key);
            return refusal;
        }
        return fail("not refused; expected " + key);
    }
}
