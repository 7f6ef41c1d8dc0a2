package org.cadretraining.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.test.util.ReflectionTestUtils;

class CourseLifecycleTests {

    static final LocalDate MARCH_17 = LocalDate.of(2023, 3, 17);

    @Test
    void aCourseGoesFromDraftToArchiveAnnouncingEveryStep() {
        Course course = draft();
        course.take(CourseTransition.OPEN_NOMINATIONS);
        course.take(CourseTransition.CLOSE_NOMINATIONS);
        course.take(CourseTransition.START);
        course.take(CourseTransition.COMPLETE);
        course.take(CourseTransition.ARCHIVE);
        assertThat(course.status()).isEqualTo(CourseStatus.ARCHIVED);
        assertThat(events(course))
                .containsExactly(
                        new NominationsOpened(7),
                        new NominationsClosed(7),
                        new CourseStarted(7),
                        new CourseCompleted(7),
                        new CourseArchived(7));
    }

    @Test
    void aStepOutOfOrderIsRefusedNamingTheStepAndTheStatus() {
        Course course = draft();
        assertThatThrownBy(() -> course.take(CourseTransition.START))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(refusal.messageKey()).isEqualTo("course.transition.refused");
                    assertThat(refusal.arguments())
                            .extracting(a -> ((DefaultMessageSourceResolvable) a).getCode())
                            .containsExactly("course.transition.START", "course.status.DRAFT");
                });
        assertThat(course.status()).isEqualTo(CourseStatus.DRAFT);
        assertThat(events(course)).isEmpty();
    }

    @Test
    void nominationsCannotReopenOnceClosed() {
        Course course = draft();
        course.take(CourseTransition.OPEN_NOMINATIONS);
        course.take(CourseTransition.CLOSE_NOMINATIONS);
        assertThatThrownBy(() -> course.take(CourseTransition.OPEN_NOMINATIONS)).isInstanceOf(DomainException.class);
    }

    @Test
    void aCourseMayBeCancelledWithAReasonAtAnyStatusBeforeCompletion() {
        for (int steps = 0; steps < 4; steps++) {
            Course course = draftAfter(steps);
            CourseStatus before = course.status();
            course.cancel("  疫情原因延期  ");
            assertThat(course.status()).isEqualTo(CourseStatus.CANCELLED);
            assertThat(course.lifecycle().cancelReason()).isEqualTo("疫情原因延期");
            assertThat(events(course)).last().isEqualTo(new CourseCancelled(7, before, "疫情原因延期"));
        }
    }

    @Test
    void aCompletedOrCancelledCourseCannotBeCancelled() {
        Course completed = draftAfter(4);
        assertThatThrownBy(() -> completed.cancel("late")).isInstanceOf(DomainException.class);
        Course cancelled = draft();
        cancelled.cancel("once");
        assertThatThrownBy(() -> cancelled.cancel("twice")).isInstanceOf(DomainException.class);
    }

    @Test
    void cancellingWithoutAReasonIsRefusedAndChangesNothing() {
        Course course = draft();
        assertThatThrownBy(() -> course.cancel("   ")).isInstanceOfSatisfying(DomainException.class, refusal -> {
            assertThat(refusal.field()).isEqualTo("reason");
            assertThat(refusal.messageKey()).isEqualTo("course.cancel.reasonRequired");
        });
        assertThat(course.status()).isEqualTo(CourseStatus.DRAFT);
    }

    @Test
    void aCompletedCourseCannotBeChangedNorItsAgenda() {
        Course course = draftAfter(4);
        assertThatThrownBy(() -> course.describe(details(MARCH_17, MARCH_17.plusDays(2))))
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.messageKey())
                        .isEqualTo("course.unchangeable"));
        assertThatThrownBy(() -> course.schedule(lecture(MARCH_17))).isInstanceOf(DomainException.class);
    }

    @Test
    void anAgendaItemMustFallWithinTheCourseDays() {
        Course course = draft();
        assertThat(course.schedule(lecture(MARCH_17.plusDays(2))).day()).isEqualTo(MARCH_17.plusDays(2));
        assertThatThrownBy(() -> course.schedule(lecture(MARCH_17.plusDays(3))))
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.field())
                        .isEqualTo("day"));
    }

    @Test
    void anAgendaItemMustEndAfterItStarts() {
        assertThatThrownBy(() -> new AgendaItemDetails(
                        AgendaItemType.LECTURE,
                        MARCH_17,
                        LocalTime.of(10, 0),
                        LocalTime.of(10, 0),
                        null,
                        Speaker.NONE,
                        new LocalizedText("", ""),
                        true,
                        null))
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.field())
                        .isEqualTo("endsAt"));
    }

    @Test
    void movingTheDatesIsAnnouncedButOtherChangesAreNot() {
        Course course = draft();
        course.describe(details(MARCH_17, MARCH_17.plusDays(2)));
        assertThat(events(course)).isEmpty();
        course.describe(details(MARCH_17.plusDays(7), MARCH_17.plusDays(9)));
        assertThat(events(course))
                .containsExactly(new CourseDatesChanged(7, MARCH_17.plusDays(7), MARCH_17.plusDays(9)));
    }

    private static Course draftAfter(int steps) {
        Course course = draft();
        List.of(
                        CourseTransition.OPEN_NOMINATIONS,
                        CourseTransition.CLOSE_NOMINATIONS,
                        CourseTransition.START,
                        CourseTransition.COMPLETE)
                .subList(0, steps)
                .forEach(course::take);
        return course;
    }

    static Course draft() {
        Course course = Course.plan(details(MARCH_17, MARCH_17.plusDays(2)), Instant.EPOCH, "organiser");
        ReflectionTestUtils.setField(course, "id", 7L);
        return course;
    }

    static CourseDetails details(LocalDate from, LocalDate to) {
        return new CourseDetails(
                new LocalizedText("领导干部政治能力提升培训班", "Training course for improving political ability"),
                new LocalizedText("", ""),
                1,
                null,
                null,
                from,
                to,
                20,
                CreditHours.of("18"),
                TrainingCategory.PARTY_SPIRIT);
    }

    static AgendaItemDetails lecture(LocalDate day) {
        return new AgendaItemDetails(
                AgendaItemType.LECTURE,
                day,
                LocalTime.of(9, 0),
                LocalTime.of(11, 0),
                null,
                Speaker.NONE,
                new LocalizedText("专题讲座", ""),
                true,
                null);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> events(Course course) {
        return new ArrayList<>((java.util.Collection<Object>) ReflectionTestUtils.invokeMethod(course, "domainEvents"));
    }
}
