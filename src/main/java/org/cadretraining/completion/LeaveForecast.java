package org.cadretraining.completion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.cadretraining.attendance.AttendanceStatus;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.leave.LeaveOutlook;
import org.cadretraining.shared.CreditHours;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What leave would do to completion, by the completion rule itself: each mandatory item the leave misses (unless
 * already made up), and the most 学时 the trainee could still earn against the required 学时.
 */
@Component
class LeaveForecast implements LeaveOutlook {

    private final CourseCatalog catalog;
    private final ClassMembers members;
    private final MakeUps makeUps;
    private final ReasonTexts texts;

    LeaveForecast(CourseCatalog catalog, ClassMembers members, MakeUps makeUps, ReasonTexts texts) {
        this.catalog = catalog;
        this.members = members;
        this.makeUps = makeUps;
        this.texts = texts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Consequence> of(long courseId, long cadreId, Collection<Long> itemIds, CreditHours leaveAfterApproval) {
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
        CreditHours possible = course.hoursFor(members.cohortOf(courseId, cadreId), agenda);
        CreditHours left =
                possible.compareTo(leaveAfterApproval) > 0 ? possible.minus(leaveAfterApproval) : CreditHours.ZERO;
        boolean short_ = CompletionStanding.shortOf(left, course.requiredHours());
        consequences.add(new Consequence(short_, texts.hoursLeftAfterLeave(left, course.requiredHours(), short_)));
        return consequences;
    }
}
