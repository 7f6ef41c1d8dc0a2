package org.cadretraining.course;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of courses: a course's facts and its agenda (enrolment, attendance, credit, calendars),
 * and the courses a lecturer taught. Permissions are checked by the asking module's pages and API.
 */
@Service
public class CourseCatalog {

    /**
     * A course's facts; {@code purpose} is why it is held (blank when not given). {@code organiserUnitId} is the lead
     * organiser, the first of {@code organiserUnitIds}; {@code coOrganiserUnitIds} are the co-organisers (协办), and
     * the host (承办) is {@code hostUnitId}. The rest say whom to ask, who the course is for, how it is attended, its
     * cohorts and notes.
     */
    public record CourseSummary(
            long id,
            LocalizedText title,
            CourseStatus status,
            TrainingCategory category,
            LocalDate startsOn,
            LocalDate endsOn,
            int capacity,
            CreditHours requiredHours,
            long organiserUnitId,
            Long hostUnitId,
            Long venueSiteId,
            LocalizedText purpose,
            List<Long> organiserUnitIds,
            List<Long> coOrganiserUnitIds,
            Contact contact,
            TrainingForm trainingForm,
            Audience audience,
            List<Cohort> cohorts,
            LocalizedText notes) {

        /**
         * Whether the course has started by {@code today}: the organiser pressed 开班, or its first day has come,
         * pressed or not (a course not started on its first day is late, not still ahead).
         */
        public boolean hasStarted(LocalDate today) {
            return status == CourseStatus.IN_PROGRESS
                    || status == CourseStatus.COMPLETED
                    || status == CourseStatus.ARCHIVED
                    || !today.isBefore(startsOn);
        }

        /** Its first day has come, or passed, and the organiser has not started it (开班). */
        public boolean lateToStart(LocalDate today) {
            return status.awaitsStart() && !today.isBefore(startsOn);
        }

        /** The number (from 1) of the cohort held alone on the day; null on days shared by the whole course. */
        public Integer cohortOn(LocalDate day) {
            return CohortDays.cohortOn(cohorts, day);
        }

        /** Whether a member of the cohort numbered {@code cohort} (null: of none) is expected on the day. */
        public boolean expects(Integer cohort, LocalDate day) {
            return CohortDays.expects(cohorts, cohort, day);
        }

        /** The 学时 a member of the cohort (null: of none) can earn: the agenda's on the days they are expected. */
        public CreditHours hoursFor(Integer cohort, List<AgendaEntry> agenda) {
            return CohortDays.hoursFor(cohorts, cohort, agenda);
        }
    }

    /**
     * One agenda item. {@code siteId} is the item's own site, or else the course's venue; the 学时 are those that
     * count (the organiser's figure where one was fixed). {@code lecturerId}, {@code cadreId} and {@code speakerText}
     * are the main speaker; {@code speakers} are all of them in order (empty when nobody speaks), {@code presider}
     * chairs the item (nobody when all its parts are empty). With {@code sharesSitting} the item shares its sitting
     * with the items it overlaps at the same place. Homework has no sitting: {@code dueAt} is when it is due, and its
     * day and times hold that moment; {@code dueAt} is null for every other item.
     */
    public record AgendaEntry(
            long id,
            long courseId,
            AgendaItemType type,
            LocalDate day,
            LocalTime startsAt,
            LocalTime endsAt,
            Long siteId,
            Long lecturerId,
            Long cadreId,
            String speakerText,
            LocalizedText title,
            boolean mandatory,
            CreditHours creditHours,
            Person presider,
            List<Person> speakers,
            boolean sharesSitting,
            LocalDateTime dueAt) {

        public AgendaEntry {
            presider = presider == null ? Person.NOBODY : presider;
            speakers = speakers == null ? List.of() : List.copyOf(speakers);
        }
    }

    /**
     * Who speaks or presides at an item: a lecturer of the register, a cadre, or just a name ({@code text}); with
     * what they speak about ({@code topic}, blank when not given).
     */
    public record Person(Long lecturerId, Long cadreId, String text, LocalizedText topic) {

        public static final Person NOBODY = new Person(null, null, "", null);

        public Person {
            text = text == null ? "" : text;
            topic = topic == null ? new LocalizedText("", "") : topic;
        }

        public boolean nobody() {
            return lecturerId == null && cadreId == null && text.isBlank();
        }
    }

    /** A course in which a lecturer spoke, with how many items and 学时 were theirs. */
    public record TaughtCourse(
            long courseId,
            LocalizedText title,
            CourseStatus status,
            LocalDate startsOn,
            LocalDate endsOn,
            int items,
            CreditHours creditHours) {}

    /** A site as a printed agenda or a calendar names it. */
    public record Place(long id, LocalizedText name, String address) {}

    /**
     * A lecturer as a printed agenda names them, in both languages; {@code role} is their affiliation and title as
     * printed after the name. {@code cadreId} is set for the institution's own cadres.
     */
    public record LecturerName(long id, Long cadreId, LocalizedText name, LocalizedText role) {}

    private final CreditRule rules;
    private final CourseFacts facts;
    private final RegisterNames names;
    private final SpeakerRecords speakers;

    CourseCatalog(CreditRule rules, CourseFacts facts, RegisterNames names, SpeakerRecords speakers) {
        this.rules = rules;
        this.facts = facts;
        this.names = names;
        this.speakers = speakers;
    }

    /** The institution's rules for 学时, attendance thresholds and the leave cap. */
    public TrainingRules rules() {
        return rules.current();
    }

    public Optional<CourseSummary> course(long id) {
        return facts.course(id);
    }

    /** The courses in one of the states, the latest to start first. */
    public List<CourseSummary> coursesIn(Set<CourseStatus> states) {
        return facts.coursesIn(states);
    }

    /** How many people a site of the register takes at once; empty when unknown or no such site. */
    public Optional<Integer> siteCapacity(long siteId) {
        return names.siteCapacity(siteId);
    }

    public List<AgendaEntry> agenda(long courseId) {
        return facts.agenda(courseId);
    }

    /**
     * The courses, not cancelled, in which the lecturer spoke: named as the lecturer, or as the cadre an internal
     * lecturer is. Latest first.
     */
    public List<TaughtCourse> coursesTaughtBy(long lecturerId) {
        return speakers.coursesTaughtBy(lecturerId);
    }

    /** The sites of the register by id, for documents that print where an item takes place. */
    public Map<Long, Place> places(Collection<Long> siteIds) {
        return names.places(siteIds);
    }

    /** The lecturers of the register by id, for documents that print who speaks. */
    public Map<Long, LecturerName> lecturers(Collection<Long> lecturerIds) {
        return names.lecturers(lecturerIds);
    }

    /**
     * The courses, neither drafts nor cancelled, in which a cadre speaks: named as the cadre, or as the internal
     * lecturer the cadre is. Earliest first.
     */
    public List<Long> coursesWithSpeaker(long cadreId) {
        return speakers.coursesWithSpeaker(cadreId);
    }
}
