package org.cadretraining.completion;

import java.util.List;
import org.cadretraining.attendance.AttendanceRecords;
import org.cadretraining.attendance.AttendanceStatus;
import org.cadretraining.attendance.ItemAttendance;
import org.cadretraining.course.CompletionWarnings;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * A course whose trainees have no attendance at all (no check-in, no decision, no leave) would fail every one of
 * them at completion: usually the attendance was never recorded, as for a course entered after it took place.
 */
@Component
class NoAttendanceWarning implements CompletionWarnings {

    private final AttendanceRecords attendance;

    NoAttendanceWarning(AttendanceRecords attendance) {
        this.attendance = attendance;
    }

    @Override
    public List<MessageSourceResolvable> before(long courseId) {
        List<ItemAttendance> cells = attendance.ofCourse(courseId);
        boolean nothingRecorded = !cells.isEmpty()
                && cells.stream()
                        .noneMatch(cell -> cell.status().attended() || cell.status() == AttendanceStatus.ON_LEAVE);
        if (!nothingRecorded) {
            return List.of();
        }
        long trainees = cells.stream().map(ItemAttendance::cadreId).distinct().count();
        return List.of(new DefaultMessageSourceResolvable(
                new String[] {"completion.warning.noAttendance"}, new Object[] {trainees}));
    }
}
