package org.cadretraining.completion;

import java.util.List;
import org.cadretraining.attendance.AttendanceRecords;
import org.cadretraining.attendance.RecordedAfterwards;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One page that walks an organiser through a course that already took place, in order: its details, programme and
 * participants, recording it as held, its attendance ("everyone present except …"), then completion, credit hours
 * and certificates, which follow as for any course. Each step says whether it is done and links to where it is done.
 */
@Controller
class AfterTheFactController {

    /** Where the course stands on the way from being entered to being completed. */
    record Steps(
            CourseSummary course,
            int items,
            int trainees,
            boolean held,
            List<RecordedAfterwards> attendance,
            boolean completed) {

        public boolean attendanceRecorded() {
            return !attendance.isEmpty();
        }
    }

    private final CourseCatalog catalog;
    private final ClassMembers members;
    private final AttendanceRecords attendance;
    private final CompletionRights rights;

    AfterTheFactController(
            CourseCatalog catalog, ClassMembers members, AttendanceRecords attendance, CompletionRights rights) {
        this.catalog = catalog;
        this.members = members;
        this.attendance = attendance;
        this.rights = rights;
    }

    @GetMapping("/courses/{courseId}/afterwards")
    String steps(@PathVariable long courseId, Model model) {
        rights.requireOrganiser(CurrentUser.get());
        CourseSummary course = catalog.course(courseId).orElseThrow(() -> DomainException.notFound("course.notFound"));
        CourseStatus status = course.status();
        boolean completed = status == CourseStatus.COMPLETED || status == CourseStatus.ARCHIVED;
        model.addAttribute(
                "steps",
                new Steps(
                        course,
                        catalog.agenda(courseId).size(),
                        members.trainees(courseId).size(),
                        status == CourseStatus.IN_PROGRESS || completed,
                        attendance.recordedAfterwards(courseId),
                        completed));
        return "completion/afterwards";
    }
}
