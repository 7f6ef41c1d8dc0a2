package org.cadretraining.leave;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.enrolment.PlaceWithdrawals;
import org.cadretraining.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Withdrawal (退学) of a cadre whose approved leave went past the cap: kept for good with its reason, their place in
 * the course withdrawn by enrolment with the same reason, and told.
 */
@Component
class Withdrawals {

    private final JdbcClient jdbc;
    private final ClassMembers members;
    private final PlaceWithdrawals places;
    private final MessageSource messages;

    Withdrawals(JdbcClient jdbc, ClassMembers members, PlaceWithdrawals places, MessageSource messages) {
        this.jdbc = jdbc;
        this.members = members;
        this.places = places;
        this.messages = messages;
    }

    /** Withdraws the cadre; false when they had been withdrawn already (the first reason stands). */
    boolean withdraw(LeaveRequest request, LeaveStandings.Standing standing, Instant at, String by) {
        Object[] args = {
            standing.afterApproval(),
            standing.courseHours(),
            standing.cap().fraction(),
            standing.cap().shown()
        };
        // kept in the institution's language, as the record of the decision; the English is for readers of it
        String reason = new LocalizedText(
                        messages.getMessage("leave.withdrawal.reason", args, Locale.SIMPLIFIED_CHINESE),
                        messages.getMessage("leave.withdrawal.reason", args, Locale.ENGLISH))
                .recorded();
        int inserted = jdbc.sql("""
                        insert into course_withdrawal (course_id, cadre_id, reason, withdrawn_at, withdrawn_by)
                        values (?, ?, ?, ?, ?) on conflict do nothing
                        """)
                .params(request.courseId(), request.cadreId(), reason, Timestamp.from(at), by)
                .update();
        if (inserted > 0) {
            places.discontinue(request.courseId(), request.cadreId(), reason, at, by);
            members.notify(request.cadreId(), request.courseId(), "leave.notice.withdrawn");
        }
        return inserted > 0;
    }
}
