package org.cadretraining.enrolment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.shared.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The waiting list: who waits in which order, and who moves up when a place is freed (first come, first served).
 * Places are freed by a withdrawal, a rejection or a role that no longer takes a place; a cancelled course frees
 * everything and promotes nobody.
 */
@Service
class WaitingList {

    private final EnrolmentStore store;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    WaitingList(EnrolmentStore store, JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    List<Enrolment> of(long courseId) {
        return store.waitingList(courseId);
    }

    /** The liaison of the place's unit, or the organiser, gives up a place; the waiting list moves up. */
    @Transactional
    Enrolment withdraw(long enrolmentId, CurrentUser user) {
        Enrolment enrolment = store.find(enrolmentId);
        if (!user.actsForInstitution()) {
            EnrolmentRights.requireActsForQuota(user, enrolment);
        }
        store.lockCourse(enrolment.courseId());
        Enrolment withdrawn = store.saveDecision(store.find(enrolmentId).withdraw(), user);
        promote(store.course(withdrawn.courseId()));
        return store.find(enrolmentId);
    }

    /** A cancelled course's places all lapse; nobody is promoted. */
    @Transactional
    void cancelCourse(long courseId) {
        store.lockCourse(courseId);
        jdbc.sql("update enrolment set status = 'CANCELLED' where course_id = ? and " + EnrolmentStore.LIVE)
                .param(courseId)
                .update();
    }

    /**
     * Fills free places from the waiting list, first come first served; the course must be locked. The cadre is
     * told in the application. Once the course has started nobody moves up: nobody joins a course mid-way, having
     * missed its first days, so a place freed then (a trainee withdrawn, 退学) stays empty.
     */
    void promote(CourseSummary course) {
        int free = course.capacity() - store.placesTaken(course.id());
        if (free <= 0 || course.status() == CourseStatus.CANCELLED || course.hasStarted(LocalDate.now(clock))) {
            return;
        }
        for (Enrolment waiting :
                store.waitingList(course.id()).stream().limit(free).toList()) {
            store.save(waiting.promote());
            jdbc.sql("""
                            insert into notification (cadre_id, course_id, message_key, created_at)
                            values (?, ?, 'enrolment.notification.promoted', ?)
                            """)
                    .params(waiting.cadreId(), course.id(), Timestamp.from(clock.instant()))
                    .update();
            events.publishEvent(new EnrolmentPromoted(waiting.id(), course.id(), waiting.cadreId()));
        }
    }
}
