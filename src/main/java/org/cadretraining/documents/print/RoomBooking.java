package org.cadretraining.documents.print;

import java.util.List;
import org.cadretraining.shared.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places a course's participants in rooms in bulk: the rows are checked and shown first; confirming checks them
 * again against the participants of that moment and writes the whole list, or nothing when any row is bad.
 */
@Service
class RoomBooking {

    private final DeskSheets sheets;
    private final RoomAssignments assignments;

    RoomBooking(DeskSheets sheets, RoomAssignments assignments) {
        this.sheets = sheets;
        this.assignments = assignments;
    }

    @Transactional(readOnly = true)
    RoomPlan preview(long courseId, List<RoomRow> rows, CurrentUser user) {
        sheets.courseRunBy(courseId, user);
        return RoomPlan.check(rows, sheets.people(courseId));
    }

    /** Writes the list when every row is good and returns the plan either way, so its errors can be shown. */
    @Transactional
    RoomPlan confirm(long courseId, List<RoomRow> rows, CurrentUser user) {
        sheets.courseRunBy(courseId, user);
        RoomPlan plan = RoomPlan.check(rows, sheets.people(courseId));
        if (plan.writable()) {
            assignments.replace(courseId, plan.placements(), user.username());
        }
        return plan;
    }

    @Transactional(readOnly = true)
    RoomSheet sheet(long courseId, CurrentUser user) {
        sheets.courseRunBy(courseId, user);
        return RoomSheet.of(sheets.people(courseId), assignments.of(courseId));
    }
}
