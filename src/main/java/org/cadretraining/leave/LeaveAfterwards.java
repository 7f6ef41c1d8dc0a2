package org.cadretraining.leave;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leave recorded after the course took place, as the organiser knows it happened: asked and approved at once by the
 * organiser who records it, under the same rules as leave asked at the time (past the cap it withdraws the cadre).
 */
@Service
public class LeaveAfterwards {

    private final LeaveAsking asking;
    private final LeaveApproval approval;
    private final LeaveStandings standings;
    private final LeaveBook book;

    LeaveAfterwards(LeaveAsking asking, LeaveApproval approval, LeaveStandings standings, LeaveBook book) {
        this.asking = asking;
        this.approval = approval;
        this.standings = standings;
        this.book = book;
    }

    /** Whether the cadre's approved leave, with these items added, stays within the course's leave cap. */
    @Transactional(readOnly = true)
    public boolean staysWithinCap(long courseId, long cadreId, Collection<Long> moreItems) {
        Map<Long, AgendaEntry> agenda = standings.agenda(courseId);
        CreditHours more = moreItems.stream()
                .map(agenda::get)
                .filter(Objects::nonNull)
                .map(AgendaEntry::creditHours)
                .reduce(CreditHours.ZERO, CreditHours::plus);
        CreditHours approved = book.approvedHours(courseId).getOrDefault(cadreId, CreditHours.ZERO);
        return standings.cap(standings.hoursFor(courseId, cadreId)).admits(approved.plus(more));
    }

    /** Returns the leave request's id. */
    @Transactional
    public long record(long courseId, long cadreId, Collection<Long> itemIds, String reason, CurrentUser by) {
        long id = asking.ask(courseId, cadreId, itemIds, reason, by);
        approval.approve(id, true, by);
        return id;
    }
}
