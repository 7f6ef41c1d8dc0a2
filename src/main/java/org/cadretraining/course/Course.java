package org.cadretraining.course;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A training course. It moves through its statuses only by the steps {@link CourseTransition} allows, and it is the
 * gatekeeper of its agenda: items are scheduled, changed and removed through it, so the status and dates are
 * checked in one place and every change is announced.
 */
@Table("course")
class Course extends AbstractAggregateRoot<Course> {

    @Id
    private Long id;

    private String titleZh;
    private String titleEn;
    private String purposeZh;
    private String purposeEn;

    @Embedded.Empty
    private CourseWho who = new CourseWho();

    private Long venueSiteId;

    @Embedded.Empty
    private CourseDays days = new CourseDays();

    private int capacity;
    private BigDecimal requiredHours;
    private TrainingCategory category;

    @Embedded.Empty
    private CourseLifecycle lifecycle = new CourseLifecycle();

    private Instant createdAt;
    private String createdBy;

    @Version
    private Integer version;

    Course() {}

    static Course plan(CourseDetails details, Instant now, String by) {
        Course course = new Course();
        course.lifecycle = CourseLifecycle.planned();
        course.createdAt = now;
        course.createdBy = by;
        course.apply(details);
        return course;
    }

    /** New details; the caller has made sure the agenda still fits the dates. */
    void describe(CourseDetails details) {
        lifecycle.requireChangeable();
        CourseDays before = days;
        apply(details);
        if (days.differFrom(before)) {
            registerEvent(new CourseDatesChanged(id, startsOn(), endsOn()));
        }
    }

    private void apply(CourseDetails details) {
        CourseDays newDays = CourseDays.of(details.startsOn(), details.endsOn());
        WhoAndForWhom.check(details);
        titleZh = details.title().zh();
        titleEn = details.title().en();
        purposeZh = details.purpose().zh();
        purposeEn = details.purpose().en();
        who = CourseWho.of(details);
        venueSiteId = details.venueSiteId();
        days = newDays;
        capacity = details.capacity();
        requiredHours = details.requiredHours().value();
        category = details.category();
    }

    /** Takes a step that needs neither a reason nor a date (opening nominations, starting, completing, archiving). */
    void take(CourseTransition transition) {
        take(transition, null, null, null, null);
    }

    void cancel(String reason) {
        take(CourseTransition.CANCEL, reason, null, null, null);
    }

    /**
     * Takes a step by name, as the pages and the API ask for it, and announces it; only a cancellation needs a
     * reason, and recording a course as held (after its last day) needs today's date and who records it.
     */
    void take(CourseTransition transition, String reason, LocalDate today, String by, Instant at) {
        registerEvent(lifecycle.take(id, endsOn(), transition, reason, today, by, at));
    }

    /** A new agenda item, which must fall within the course's days. */
    AgendaItem schedule(AgendaItemDetails details) {
        lifecycle.requireChangeable();
        days.requireContains(details.day());
        return AgendaItem.create(id, details);
    }

    void reschedule(AgendaItem item, AgendaItemDetails details) {
        requireOwn(item);
        lifecycle.requireChangeable();
        days.requireContains(details.day());
        item.describe(details);
    }

    void unschedule(AgendaItem item) {
        requireOwn(item);
        lifecycle.requireChangeable();
    }

    /** Announces a change of the agenda once the item has its id. */
    void agendaChanged(
            long itemId,
            AgendaChanged.Change change,
            AgendaChanged.ItemState before,
            AgendaChanged.ItemState after,
            String by) {
        registerEvent(new AgendaChanged(id, itemId, change, status(), before, after, by));
    }

    private void requireOwn(AgendaItem item) {
        if (!Objects.equals(item.courseId(), id)) {
            throw DomainException.notFound("course.agenda.notFound");
        }
    }

    Long id() {
        return id;
    }

    LocalizedText title() {
        return new LocalizedText(titleZh, titleEn);
    }

    LocalizedText purpose() {
        return new LocalizedText(purposeZh, purposeEn);
    }

    long organiserUnitId() {
        return who.organiserUnitId();
    }

    /** Who runs the course and who it is for: organisers in order, co-organisers, contact, audience, cohorts. */
    CourseWho who() {
        return who;
    }

    Long hostUnitId() {
        return who.hostUnitId();
    }

    Long venueSiteId() {
        return venueSiteId;
    }

    LocalDate startsOn() {
        return days.startsOn();
    }

    LocalDate endsOn() {
        return days.endsOn();
    }

    int capacity() {
        return capacity;
    }

    CreditHours requiredHours() {
        return CreditHours.of(requiredHours);
    }

    TrainingCategory category() {
        return category;
    }

    CourseStatus status() {
        return lifecycle.status();
    }

    /** How the course got where it stands: the reason it was cancelled, who recorded it as held. */
    CourseLifecycle lifecycle() {
        return lifecycle;
    }
}
