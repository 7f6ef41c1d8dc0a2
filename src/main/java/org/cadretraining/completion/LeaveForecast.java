package org.cadretraining.completion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadretraining.attendance.AttendanceRecords;
import org.cadretraining.attendance.AttendanceStatus;
import org.cadretraining.attendance.ItemAttendance;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.course.TrainingRules;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.leave.LeaveOutlook;
import org.cadretraining.shared.CreditHours;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What leave would do to completion, by the completion rule itself: each mandatory item the leave misses (unless
 * already made up), and the most 学时 the trainee could still earn against the required 学时: those of the items
 * earned so far and of those not over yet, less the items of the leave (an item already missed earns nothing).
 */
@Component
class LeaveForecast implements LeaveOutlook {

    private final CourseCatalog catalog;
    private final AttendanceRecords attendance;
    private final ClassMembers members;
    private final MakeUps makeUps;
    private final ReasonTexts texts;

    LeaveForecast(
            CourseCatalog catalog,
            AttendanceRecords attendance,
            ClassMembers members,
            MakeUps makeUps,
            ReasonTexts texts) {
        this.catalog = catalog;
        this.attendance = attendance;
        this.members = members;
        this.makeUps = makeUps;
        this.texts = texts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Consequence> of(long courseId, long cadreId, Collection<Long> itemIds) {
        CourseSummary course = catalog.course(courseId).orElse(null);
        if (course == null) {
            return List.of();
        }
        List<AgendaEntry> agenda = catalog.agenda(courseId);
        Set<Long> madeUp = makeUps.madeUp(courseId).getOrDefault(cadreId, Set.of());
        List<Consequence> consequences = new ArrayList<>();
        for (AgendaEntry item : agenda) {
            if (itemIds.contains(item.id())
                    && CompletionJudge.missesMandatory(item, AttendanceStatus.ON_LEAVE, madeUp.contains(item.id()))) {
                consequences.add(new Consequence(true, texts.leaveMissesMandatory(item)));
            }
        }
        CreditHours left = atMost(course, cadreId, agenda, itemIds);
        boolean short_ = CompletionStanding.shortOf(left, course.requiredHours());
        consequences.add(new Consequence(short_, texts.hoursLeftAfterLeave(left, course.requiredHours(), short_)));
        return consequences;
    }

    /**
     * The 学时 the trainee could still have at the end, the items of the leave left out: before the course starts,
     * every other item's; once it runs, those of the items earned and of those not over yet (an item missed earns
     * nothing, and one of approved leave is not expected of them).
     */
    private CreditHours atMost(CourseSummary course, long cadreId, List<AgendaEntry> agenda, Collection<Long> itemIds) {
        TrainingRules training = catalog.rules();
        Map<Long, AgendaEntry> items = new HashMap<>();
        agenda.forEach(item -> items.put(item.id(), item));
        boolean running = course.status() == CourseStatus.IN_PROGRESS;
        CreditHours hours = CreditHours.ZERO;
        // the course and its agenda as read above, not read again
        List<Long> trainee = List.of(cadreId);
        for (ItemAttendance row :
                attendance.ofTrainees(course, agenda, members.classList(course.id(), trainee), trainee)) {
            AgendaEntry item = items.get(row.itemId());
            if (item == null || itemIds.contains(row.itemId())) {
                continue;
            }
            boolean open = !running || row.status() == AttendanceStatus.EXPECTED;
            if (open || CompletionJudge.earns(row, training)) {
                hours = hours.plus(item.creditHours());
            }
        }
        return hours;
    }
}
