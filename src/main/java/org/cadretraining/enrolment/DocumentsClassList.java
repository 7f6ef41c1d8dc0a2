package org.cadretraining.enrolment;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.documents.CadreCourses;
import org.cadretraining.documents.CourseParticipants;
import org.cadretraining.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the course documents their class: the roster and sign-in sheets list everyone with an approved place (the
 * team leader first, then by group and name), and a cadre's calendar holds the courses they take part in or speak at.
 */
@Component
class DocumentsClassList implements CourseParticipants, CadreCourses {

    private static final List<CourseRole> ROSTER_ORDER = List.of(
            CourseRole.TEAM_LEADER,
            CourseRole.CLASS_TEACHER,
            CourseRole.GROUP_LEADER,
            CourseRole.PARTICIPANT,
            CourseRole.STAFF);

    private final JdbcClient jdbc;
    private final Roster roster;
    private final CourseCatalog courses;
    private final MessageSource messages;

    DocumentsClassList(JdbcClient jdbc, Roster roster, CourseCatalog courses, MessageSource messages) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.courses = courses;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Participant> of(long courseId) {
        List<Enrolment> approved = jdbc.sql(
                        "select " + Enrolment.COLUMNS + " from enrolment where course_id = ? and status = 'APPROVED'")
                .param(courseId)
                .query(Enrolment::map)
                .list();
        return roster.entries(approved).stream()
                .sorted(java.util.Comparator.comparing((Roster.Entry e) -> ROSTER_ORDER.indexOf(e.role()))
                        .thenComparing(e -> e.group() == null ? "" : e.group())
                        .thenComparing(Roster.Entry::staffNumber))
                .map(e -> new Participant(
                        e.cadreId(),
                        e.staffNumber(),
                        e.name(),
                        e.nameEn(),
                        e.unit(),
                        e.position(),
                        label(e.role()),
                        e.group(),
                        e.cohort()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> coursesOf(long cadreId) {
        Set<Long> ids = new LinkedHashSet<>(
                jdbc.sql("select course_id from enrolment where cadre_id = ? and status = 'APPROVED'")
                        .param(cadreId)
                        .query(Long.class)
                        .list());
        ids.addAll(courses.coursesWithSpeaker(cadreId));
        return List.copyOf(ids);
    }

    private LocalizedText label(CourseRole role) {
        String key = "enrolment.role." + role.name();
        return new LocalizedText(
                messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE),
                messages.getMessage(key, null, Locale.ENGLISH));
    }
}
