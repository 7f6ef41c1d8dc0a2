package org.cadretraining.course;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cadretraining.course.CourseWhoRows.AudienceRow;
import org.cadretraining.course.CourseWhoRows.CoOrganiserRow;
import org.cadretraining.course.CourseWhoRows.CohortRow;
import org.cadretraining.course.CourseWhoRows.OrganiserRow;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
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

    @MappedCollection(idColumn = "course_id", keyColumn = "position")
    private List<OrganiserRow> organisers = new ArrayList<>();

    @MappedCollection(idColumn = "course_id", keyColumn = "position")
    private List<CoOrganiserRow> coOrganisers = new ArrayList<>();

    private String contactNameZh;
    private String contactNameEn;
    private String contactPhone;
    private String contactEmail;
    private TrainingForm trainingForm;
    private String audienceZh;
    private String audienceEn;

    @MappedCollection(idColumn = "course_id", keyColumn = "position")
    private List<AudienceRow> audience = new ArrayList<>();

    @MappedCollection(idColumn = "course_id", keyColumn = "position")
    private List<CohortRow> cohorts = new ArrayList<>();

    private String notesZh;
    private String notesEn;
    private Long hostUnitId;
    private Long venueSiteId;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private int capacity;
    private BigDecimal requiredHours;
    private TrainingCategory category;
    private CourseStatus status;
    private String cancelReason;
    private String heldRecordedBy;
    private Instant heldRecordedAt;
    private Instant createdAt;
    private String createdBy;

    @Version
    private Integer version;

    Course() {}

    static Course plan(CourseDetails details, Instant now, String by) {
        Course course = new Course();
        course.status = CourseStatus.DRAFT;
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
        organisers = new ArrayList<>(
                details.organiserUnitIds().stream().map(OrganiserRow::new).toList());
        coOrganisers = new ArrayList<>(
                details.coOrganiserUnitIds().stream().map(CoOrganiserRow::new).toList());
        contactNameZh = details.contact().name().zh();
        contactNameEn = details.contact().name().en();
        contactPhone = details.contact().phone();
        contactEmail = details.contact().email();
        trainingForm = details.trainingForm();
        audienceZh = details.audience().line().zh();
        audienceEn = details.audience().line().en();
        audience = audienceRows(details.audience());
        cohorts = new ArrayList<>(details.cohorts().stream().map(CohortRow::of).toList());
        notesZh = details.notes().zh();
        notesEn = details.notes().en();
        hostUnitId = details.hostUnitId();
        venueSiteId = details.venueSiteId();
        startsOn = details.startsOn();
        endsOn = details.endsOn();
        capacity = details.capacity();
        requiredHours = details.requiredHours().value();
        category = details.category();
    }

    private static List<AudienceRow> audienceRows(Audience audience) {
        List<AudienceRow> rows = new ArrayList<>();
        audience.rankCodes().forEach(code -> rows.add(new AudienceRow(code, null, null)));
        audience.cadreCategories().forEach(category -> rows.add(new AudienceRow(null, category, null)));
        audience.unitIds().forEach(unitId -> rows.add(new AudienceRow(null, null, unitId)));
        return rows;
    }

    void openNominations() {
        move(CourseTransition.OPEN_NOMINATIONS);
        registerEvent(new NominationsOpened(id));
    }

    void closeNominations() {
        move(CourseTransition.CLOSE_NOMINATIONS);
        registerEvent(new NominationsClosed(id));
    }

    void start() {
        move(CourseTransition.START);
        registerEvent(new CourseStarted(id));
    }

    void complete() {
        move(CourseTransition.COMPLETE);
        registerEvent(new CourseCompleted(id));
    }

    void archive() {
        move(CourseTransition.ARCHIVE);
        registerEvent(new CourseArchived(id));
    }

    /** Undoes an archive: the course is completed again, as it was before. */
    void unarchive() {
        move(CourseTransition.UNARCHIVE);
        registerEvent(new CourseArchiveUndone(id));
    }

    void cancel(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw DomainException.invalid("reason", "course.cancel.reasonRequired");
        }
        CourseStatus previous = status;
        move(CourseTransition.CANCEL);
        cancelReason = why;
        registerEvent(new CourseCancelled(id, previous, why));
    }

    /**
     * Records that the course already took place: entered afterwards, it skips nominations and is in progress, so
     * that its attendance can be recorded and it can complete. Only a course whose last day is past.
     */
    void recordAsHeld(LocalDate today, String by, Instant at) {
        if (!endsOn.isBefore(today)) {
            throw DomainException.conflict(null, "course.held.notOver", endsOn);
        }
        move(CourseTransition.RECORD_AS_HELD);
        heldRecordedBy = by;
        heldRecordedAt = at;
        registerEvent(new CourseRecordedAsHeld(id, by));
    }

    /**
     * Takes a step by name, as the pages and the API ask for it; only a cancellation needs a reason, and recording a
     * course as held needs today's date and who records it.
     */
    void take(CourseTransition transition, String reason, LocalDate today, String by, Instant at) {
        switch (transition) {
            case RECORD_AS_HELD -> recordAsHeld(today, by, at);
            case OPEN_NOMINATIONS -> openNominations();
            case CLOSE_NOMINATIONS -> closeNominations();
            case START -> start();
            case COMPLETE -> complete();
            case ARCHIVE -> archive();
            case UNARCHIVE -> unarchive();
            case CANCEL -> cancel(reason);
        }
    }

    private void move(CourseTransition transition) {
        if (!transition.allowedFrom(status)) {
            throw DomainException.conflict(
                    "status",
                    "course.transition.refused",
                    resolvable("course.transition." + transition),
                    resolvable("course.status." + status));
        }
        status = transition.to();
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
        registerEvent(new AgendaChanged(id, itemId, change, status, before, after, by));
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
        if (!status.beforeCompletion()) {
            throw DomainException.conflict(null, "course.unchangeable", resolvable("course.status." + status));
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

    /** Every organiser in order, the lead first. */
    List<Long> organiserUnitIds() {
        return organisers.stream().map(OrganiserRow::unitId).toList();
    }

    List<Long> coOrganiserUnitIds() {
        return coOrganisers.stream().map(CoOrganiserRow::unitId).toList();
    }

    Contact contact() {
        return new Contact(new LocalizedText(contactNameZh, contactNameEn), contactPhone, contactEmail);
    }

    TrainingForm trainingForm() {
        return trainingForm;
    }

    Audience audience() {
        return new Audience(
                audience.stream()
                        .map(AudienceRow::rankCode)
                        .filter(Objects::nonNull)
                        .toList(),
                audience.stream()
                        .map(AudienceRow::cadreCategory)
                        .filter(Objects::nonNull)
                        .toList(),
                audience.stream()
                        .map(AudienceRow::unitId)
                        .filter(Objects::nonNull)
                        .toList(),
                new LocalizedText(audienceZh, audienceEn));
    }

    List<Cohort> cohorts() {
        return cohorts.stream().map(CohortRow::cohort).toList();
    }

    LocalizedText notes() {
        return new LocalizedText(notesZh, notesEn);
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
        return status;
    }

    String cancelReason() {
        return cancelReason;
    }

    /** Who recorded the course as held after it took place, or null for a course run in the system. */
    String heldRecordedBy() {
        return heldRecordedBy;
    }

    Instant heldRecordedAt() {
        return heldRecordedAt;
    }

    CourseDetails details() {
        return new CourseDetails(
                title(),
                purpose(),
                organiserUnitIds(),
                coOrganiserUnitIds(),
                hostUnitId,
                venueSiteId,
                startsOn,
                endsOn,
                capacity,
                requiredHours(),
                category,
                trainingForm,
                contact(),
                audience(),
                cohorts(),
                notes());
    }
}
