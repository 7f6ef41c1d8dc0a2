package org.cadretraining.course;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseCatalog.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A course and its agenda as other modules see them ({@link CourseCatalog}): an item without a site of its own is
 * held at the course's venue, and its speakers and presider are named as {@link Person}s.
 */
@Component
class CourseFacts {

    private final CourseRepository courses;
    private final AgendaItemRepository items;
    private final JdbcClient jdbc;

    CourseFacts(CourseRepository courses, AgendaItemRepository items, JdbcClient jdbc) {
        this.courses = courses;
        this.items = items;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Optional<CourseSummary> course(long id) {
        return courses.findById(id).map(CourseFacts::summary);
    }

    @Transactional(readOnly = true)
    List<CourseSummary> coursesIn(Set<CourseStatus> states) {
        if (states.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("select id from course where status in (:states) order by starts_on desc, id desc")
                .param("states", states.stream().map(CourseStatus::name).toList())
                .query(Long.class)
                .list();
        Map<Long, Course> found = new HashMap<>();
        courses.findAllById(ids).forEach(course -> found.put(course.id(), course));
        return ids.stream().map(found::get).map(CourseFacts::summary).toList();
    }

    @Transactional(readOnly = true)
    List<AgendaEntry> agenda(long courseId) {
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
                        person(item.presider()),
                        item.speakers().stream().map(CourseFacts::person).toList(),
                        item.sharesSitting(),
                        item.dueAt()))
                .toList();
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

    private static Person person(Speaker speaker) {
        return new Person(speaker.lecturerId(), speaker.cadreId(), speaker.text(), speaker.topic());
    }
}
