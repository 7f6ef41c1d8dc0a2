package org.cadretraining.enrolment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is in a course, for modules that tell them things, and the in-app notice that tells them. */
@Service
public class ClassMembers {

    /** A place approved, and still held or withdrawn from the course since (退学). */
    private static final String ADMITTED = "status in ('APPROVED', 'DISCONTINUED')";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Roster roster;

    ClassMembers(JdbcClient jdbc, Clock clock, Roster roster) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.roster = roster;
    }

    /**
     * Everyone with an approved place in the course, whatever their part, ordered by study group (in the order the
     * groups were made) and staff number.
     */
    @Transactional(readOnly = true)
    public List<ClassMember> classList(long courseId) {
        return members(
                jdbc.sql("select " + Enrolment.COLUMNS + " from enrolment where course_id = ? and status = 'APPROVED'")
                        .param(courseId)
                        .query(Enrolment::map)
                        .list());
    }

    /**
     * The members of the class among these cadres, as {@link #classList(long)} gives them: for judging the few a
     * check-in concerns without reading the whole class.
     */
    @Transactional(readOnly = true)
    public List<ClassMember> classList(long courseId, java.util.Collection<Long> cadreIds) {
        return members(jdbc.sql("select " + Enrolment.COLUMNS
                        + " from enrolment where course_id = ? and status = 'APPROVED' and cadre_id = any(?::bigint[])")
                .params(courseId, cadreIds.toArray(Long[]::new))
                .query(Enrolment::map)
                .list());
    }

    /**
     * Everyone whose place was approved, including those withdrawn from the course since (退学): whom completion
     * judges (a withdrawn trainee does not complete, and says why) and whose leave stays on record. Not the class
     * now: check-in, headcounts and questionnaires take {@link #classList(long)}.
     */
    @Transactional(readOnly = true)
    public List<ClassMember> everyoneAdmitted(long courseId) {
        return members(jdbc.sql("select " + Enrolment.COLUMNS + " from enrolment where course_id = ? and " + ADMITTED)
                .param(courseId)
                .query(Enrolment::map)
                .list());
    }

    /** Those among the cadres whom {@link #everyoneAdmitted(long)} gives. */
    @Transactional(readOnly = true)
    public List<ClassMember> everyoneAdmitted(long courseId, java.util.Collection<Long> cadreIds) {
        return members(jdbc.sql("select " + Enrolment.COLUMNS + " from enrolment where course_id = ? and " + ADMITTED
                        + " and cadre_id = any(?::bigint[])")
                .params(courseId, cadreIds.toArray(Long[]::new))
                .query(Enrolment::map)
                .list());
    }

    private List<ClassMember> members(List<Enrolment> approved) {
        // those in no group first, then each group in the order it was made, as the groups page lists them
        Map<String, Integer> groupOrder =
                approved.isEmpty() ? Map.of() : groupOrder(approved.getFirst().courseId());
        return roster.entries(approved).stream()
                .map(e -> new ClassMember(
                        e.cadreId(),
                        e.staffNumber(),
                        e.name(),
                        e.nameEn(),
                        e.unit(),
                        e.position(),
                        e.role(),
                        e.group(),
                        e.cohort()))
                .sorted(Comparator.comparing((ClassMember member) -> groupOrder.getOrDefault(member.group(), -1))
                        .thenComparing(ClassMember::staffNumber))
                .toList();
    }

    /** The position of each study group of the course in the order the organiser made them, by name. */
    private Map<String, Integer> groupOrder(long courseId) {
        Map<String, Integer> order = new HashMap<>();
        jdbc.sql(StudyGroups.IN_ORDER_MADE).param(courseId).query(rs -> {
            order.put(rs.getString("name"), order.size());
        });
        return order;
    }

    /** The cadres the course trains (approved places as participant, group leader or team leader), in one query. */
    @Transactional(readOnly = true)
    public Set<Long> trainees(long courseId) {
        return Set.copyOf(jdbc.sql("select cadre_id from enrolment where course_id = ? and status = 'APPROVED' "
                        + "and course_role in ('PARTICIPANT', 'GROUP_LEADER', 'TEAM_LEADER')")
                .param(courseId)
                .query(Long.class)
                .list());
    }

    /** The cadre's part in the course, when they hold an approved place in it. */
    @Transactional(readOnly = true)
    public Optional<CourseRole> roleOf(long courseId, long cadreId) {
        return jdbc.sql(
                        "select course_role from enrolment where course_id = ? and cadre_id = ? and status = 'APPROVED'")
                .params(courseId, cadreId)
                .query((rs, n) -> CourseRole.valueOf(rs.getString(1)))
                .optional();
    }

    /** Every cadre's part in the course among those with an approved place, by cadre, in one query. */
    @Transactional(readOnly = true)
    public Map<Long, CourseRole> rolesOf(long courseId) {
        Map<Long, CourseRole> roles = new HashMap<>();
        jdbc.sql("select cadre_id, course_role from enrolment where course_id = ? and status = 'APPROVED'")
                .param(courseId)
                .query(rs -> {
                    roles.put(rs.getLong(1), CourseRole.valueOf(rs.getString(2)));
                });
        return roles;
    }

    /**
     * The number of the cohort the cadre's place in the course belongs to (live, or withdrawn from, 退学); null when
     * none (or no place).
     */
    @Transactional(readOnly = true)
    public Integer cohortOf(long courseId, long cadreId) {
        return jdbc.sql("""
                        select c.cohort from enrolment_cohort c join enrolment e on e.id = c.enrolment_id
                        where e.course_id = ? and e.cadre_id = ?
                          and e.status in ('NOMINATED', 'APPROVED', 'WAITLISTED', 'DISCONTINUED')
                        """)
                .params(courseId, cadreId)
                .query(Integer.class)
                .optional()
                .orElse(null);
    }

    /** The cadres with an approved place in the course. */
    @Transactional(readOnly = true)
    public List<Long> participants(long courseId) {
        return jdbc.sql("select distinct cadre_id from enrolment where course_id = ? and status = ? order by cadre_id")
                .params(courseId, EnrolmentStatus.APPROVED.name())
                .query(Long.class)
                .list();
    }

    /** Whether the cadre is in the course or waiting for it. */
    @Transactional(readOnly = true)
    public boolean isMember(long courseId, long cadreId) {
        return jdbc.sql("select count(*) from enrolment where course_id = ? and cadre_id = ? and status in (?, ?, ?)")
                        .params(
                                courseId,
                                cadreId,
                                EnrolmentStatus.NOMINATED.name(),
                                EnrolmentStatus.APPROVED.name(),
                                EnrolmentStatus.WAITLISTED.name())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Leaves an in-app notice for the cadre; {@code messageKey} is resolved when the notice is shown. */
    @Transactional
    public void notify(long cadreId, long courseId, String messageKey) {
        notify(cadreId, courseId, messageKey, null);
    }

    /** A notice that leads to {@code link}, a path inside the application where the cadre acts on it. */
    @Transactional
    public void notify(long cadreId, long courseId, String messageKey, String link) {
        jdbc.sql("insert into notification (cadre_id, course_id, message_key, created_at, link) values (?, ?, ?, ?, ?)")
                .params(cadreId, courseId, messageKey, Timestamp.from(clock.instant()), link)
                .update();
    }
}
