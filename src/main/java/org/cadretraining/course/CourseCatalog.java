package org.cadretraining.course;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.SiteSummary;
import org.cadretraining.course.site.Sites;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
         * The number (from 1) of the cohort held on the day, or null when no cohort, or more than one, is held on it
         * alone: days shared by the whole course.
         */
        public Integer cohortOn(LocalDate day) {
            Integer found = null;
            for (int i = 0; i < cohorts.size(); i++) {
                if (cohorts.get(i).covers(day)) {
                    if (found != null) {
                        return null;
                    }
                    found = i + 1;
                }
            }
            return found;
        }

        /**
         * Whether a member of the cohort numbered {@code cohort} (null: of no cohort, who takes part throughout) is
         * expected on the day: on the days of another cohort they are not.
         */
        public boolean expects(Integer cohort, LocalDate day) {
            Integer held = cohortOn(day);
            return held == null || cohort == null || held.equals(cohort);
        }

        /**
         * The 学时 a member of the cohort (null: of none) can earn in this course: those of the agenda items on the
         * days they are expected. Without cohorts, the whole agenda's.
         */
        public CreditHours hoursFor(Integer cohort, List<AgendaEntry> agenda) {
            return agenda.stream()
                    .filter(item -> expects(cohort, item.day()))
                    .map(AgendaEntry::creditHours)
                    .reduce(CreditHours.ZERO, CreditHours::plus);
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

        static Person of(Speaker speaker) {
            return new Person(speaker.lecturerId(), speaker.cadreId(), speaker.text(), speaker.topic());
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

    private final CourseRepository courses;
    private final AgendaItemRepository items;
    private final JdbcClient jdbc;
    private final Sites sites;
    private final Lecturers lecturers;
    private final CreditRule rules;
    private final SpeakerRecords speakers;

    CourseCatalog(
            CourseRepository courses,
            AgendaItemRepository items,
            JdbcClient jdbc,
            Sites sites,
            Lecturers lecturers,
            CreditRule rules,
            SpeakerRecords speakers) {
        this.rules = rules;
        this.speakers = speakers;
        this.courses = courses;
        this.items = items;
        this.jdbc = jdbc;
        this.sites = sites;
        this.lecturers = lecturers;
    }

    /** The institution's rules for 学时, attendance thresholds and the leave cap. */
    public TrainingRules rules() {
        return rules.current();
    }

    @Transactional(readOnly = true)
    public Optional<CourseSummary> course(long id) {
        return courses.findById(id).map(CourseCatalog::summary);
    }

    /** The courses in one of the states, the latest to start first. */
    @Transactional(readOnly = true)
    public List<CourseSummary> coursesIn(Set<CourseStatus> states) {
        if (states.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("select id from course where status in (:states) order by starts_on desc, id desc")
                .param("states", states.stream().map(CourseStatus::name).toList())
                .query(Long.class)
                .list();
        Map<Long, Course> found = new java.util.HashMap<>();
        courses.findAllById(ids).forEach(course -> found.put(course.id(), course));
        return ids.stream().map(found::get).map(CourseCatalog::summary).toList();
    }

    /** How many people a site of the register takes at once; empty when unknown or no such site. */
    @Transactional(readOnly = true)
    public Optional<Integer> siteCapacity(long siteId) {
        return sites.find(siteId).map(SiteSummary::capacity);
    }

    @Transactional(readOnly = true)
    public List<AgendaEntry> agenda(long courseId) {
        Long venue = courses.findById(courseId).map(Course::venueSiteId).orElse(null);
        return items.findByCourse(courseId).stream()
                .map(item -> new AgendaEntry(
                        item.id(),
                        courseId,
                        item.type(),
                        item.day(),
                        item.startsAt(),
                        item.endsAt(),
                        item.siteId() != null ? item.siteId() : venue,
                        item.speaker().lecturerId(),
                        item.speaker().cadreId(),
                        item.speaker().text(),
                        item.title(),
                        item.mandatory(),
                        item.credit(),
                        Person.of(item.presider()),
                        item.speakers().stream().map(Person::of).toList(),
                        item.sharesSitting(),
                        item.dueAt()))
                .toList();
    }

    /**
     * The courses, not cancelled, in which the lecturer spoke: named as the lecturer, or as the cadre an internal
     * lecturer is. Latest first.
     */
    @Transactional(readOnly = true)
    public List<TaughtCourse> coursesTaughtBy(long lecturerId) {
        return speakers.coursesTaughtBy(lecturerId);
    }

    static CourseSummary summary(Course course) {
        return new CourseSummary(
                course.id(),
                course.title(),
                course.status(),
                course.category(),
                course.startsOn(),
                course.endsOn(),
                course.capacity(),
                course.requiredHours(),
                course.organiserUnitId(),
                course.hostUnitId(),
                course.venueSiteId(),
                course.purpose(),
                course.who().organiserUnitIds(),
                course.who().coOrganiserUnitIds(),
                course.who().contact(),
                course.who().trainingForm(),
                course.who().audience(),
                course.who().cohorts(),
                course.who().notes());
    }

    /** The sites of the register by id, for documents that print where an item takes place. */
    @Transactional(readOnly = true)
    public Map<Long, Place> places(Collection<Long> siteIds) {
        return sites.byIds(siteIds).values().stream()
                .collect(
                        Collectors.toMap(site -> site.id(), site -> new Place(site.id(), site.name(), site.address())));
    }

    /** The lecturers of the register by id, for documents that print who speaks. */
    @Transactional(readOnly = true)
    public Map<Long, LecturerName> lecturers(Collection<Long> lecturerIds) {
        return lecturers.byIds(lecturerIds).values().stream()
                .collect(Collectors.toMap(
                        lecturer -> lecturer.id(),
                        lecturer -> new LecturerName(
                                lecturer.id(), lecturer.cadreId(), lecturer.names(), lecturer.role())));
    }

    /**
     * The courses, neither drafts nor cancelled, in which a cadre speaks: named as the cadre, or as the internal
     * lecturer the cadre is. Earliest first.
     */
    @Transactional(readOnly = true)
    public List<Long> coursesWithSpeaker(long cadreId) {
        return speakers.coursesWithSpeaker(cadreId);
    }
}
