package org.cadretraining.course;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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
    // the lead organiser, first of the organisers: the unit whose rights and reports the course falls under
    private Long organiserUnitId;

    @Embedded.Empty
    private CourseWho who = new CourseWho();

    private Long hostUnitId;
    private Long venueSiteId;
    private LocalDate startsOn;
    private LocalDate endsOn;
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
        requireChangeable();
        boolean moved =
                !details.startsOn().equals(startsOn) || !details.endsOn().equals(endsOn);
        apply(details);
        if (moved) {
            registerEvent(new CourseDatesChanged(id, startsOn, endsOn));
        }
    }

    private void apply(CourseDetails details) {
        if (details.endsOn().isBefore(details.startsOn())) {
            throw DomainException.invalid("endsOn", "course.dates.order");
        }
        WhoAndForWhom.check(details);
        titleZh = details.title().zh();
        titleEn = details.title().en();
        purposeZh = details.purpose().zh();
        purposeEn = details.purpose().en();
        organiserUnitId = details.organiserUnitId();
        who = CourseWho.of(details);
        hostUnitId = details.hostUnitId();
        venueSiteId = details.venueSiteId();
        startsOn = details.startsOn();
        endsOn = details.endsOn();
        capacity = details.capacity();
        requiredHours = details.requiredHours().value();
        category = details.category();
    }

    void openNominations() {
        take(CourseTransition.OPEN_NOMINATIONS, null, null, null, null);
    }

    void closeNominations() {
        take(CourseTransition.CLOSE_NOMINATIONS, null, null, null, null);
    }

    void start() {
        take(CourseTransition.START, null, null, null, null);
    }

    void complete() {
        take(CourseTransition.COMPLETE, null, null, null, null);
    }

    void archive() {
        take(CourseTransition.ARCHIVE, null, null, null, null);
    }

    void cancel(String reason) {
        take(CourseTransition.CANCEL, reason, null, null, null);
    }

    /**
     * Takes a step by name, as the pages and the API ask for it, and announces it; only a cancellation needs a
     * reason, and recording a course as held (after its last day) needs today's date and who records it.
     */
    void take(CourseTransition transition, String reason, LocalDate today, String by, Instant at) {
        registerEvent(lifecycle.take(id, endsOn, transition, reason, today, by, at));
    }

    /** A new agenda item, which must fall within the course's days. */
    AgendaItem schedule(AgendaItemDetails details) {
        requireChangeable();
        requireWithinDates(details);
        return AgendaItem.create(id, details);
    }

    void reschedule(AgendaItem item, AgendaItemDetails details) {
        requireOwn(item);
        requireChangeable();
        requireWithinDates(details);
        item.describe(details);
    }

    void unschedule(AgendaItem item) {
        requireOwn(item);
        requireChangeable();
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

    private void requireWithinDates(AgendaItemDetails details) {
        if (details.day().isBefore(startsOn) || details.day().isAfter(endsOn)) {
            throw DomainException.invalid("day", "course.agenda.day.outside", startsOn, endsOn);
        }
    }

    private void requireOwn(AgendaItem item) {
        if (!Objects.equals(item.courseId(), id)) {
            throw DomainException.notFound("course.agenda.notFound");
        }
    }

    private void requireChangeable() {
        if (!status().beforeCompletion()) {
            throw DomainException.conflict(null, "course.unchangeable", resolvable("course.status." + status()));
        }
    }

    private static DefaultMessageSourceResolvable resolvable(String code) {
        return new DefaultMessageSourceResolvable(code);
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
        return organiserUnitId;
    }

    /** Who runs the course and who it is for: organisers in order, co-organisers, contact, audience, cohorts. */
    CourseWho who() {
        return who;
    }

    Long hostUnitId() {
        return hostUnitId;
    }

    Long venueSiteId() {
        return venueSiteId;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    LocalDate endsOn() {
        return endsOn;
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

    String cancelReason() {
        return lifecycle.cancelReason();
    }

    /** Who recorded the course as held after it took place, or null for a course run in the system. */
    String heldRecordedBy() {
        return lifecycle.heldRecordedBy();
    }

    Instant heldRecordedAt() {
        return lifecycle.heldRecordedAt();
    }

    CourseDetails details() {
        return new CourseDetails(
                title(),
                purpose(),
                who.organiserUnitIds(),
                who.coOrganiserUnitIds(),
                hostUnitId,
                venueSiteId,
                startsOn,
                endsOn,
                capacity,
                requiredHours(),
                category,
                who.trainingForm(),
                who.contact(),
                who.audience(),
                who.cohorts(),
                who.notes());
    }
}
