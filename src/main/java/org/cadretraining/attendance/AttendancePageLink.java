package org.cadretraining.attendance;

import java.util.Optional;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CoursePageLink;
import org.cadretraining.course.CoursePageLinkSource;
import org.cadretraining.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** Attendance on the course page: for those who run the course's check-in (organisers, its class teacher). */
@Component
class AttendancePageLink implements CoursePageLinkSource {

    private final AttendanceRights rights;

    AttendancePageLink(AttendanceRights rights) {
        this.rights = rights;
    }

    @Override
    public Optional<CoursePageLink> linkFor(CourseSummary course, CurrentUser user) {
        if (!rights.runsCheckIn(course.id(), user)) {
            return Optional.empty();
        }
        return Optional.of(
                new CoursePageLink(20, "/attendance/courses/" + course.id(), "bi-qr-code-scan", "attendance.link"));
    }
}
