package org.cadretraining.leave;

import java.util.Collection;
import java.util.Set;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks for and decides leave on behalf of the system itself (demo data, other modules' tests), under the same rules
 * as the pages, recorded as made by {@code system}.
 */
@Service
public class LeaveSetup {

    private static final CurrentUser SYSTEM = new CurrentUser(0, "system", Set.of(Role.ADMINISTRATOR), null, null);

    private final LeaveAsking asking;
    private final LeaveApproval approval;

    LeaveSetup(LeaveAsking asking, LeaveApproval approval) {
        this.asking = asking;
        this.approval = approval;
    }

    /**
     * Asks for leave from the items and approves it; past the cap it is approved as confirmed, which withdraws the
     * cadre. Returns the request's id.
     */
    @Transactional
    public long approvedLeave(long courseId, long cadreId, Collection<Long> itemIds, String reason) {
        long id = asking.ask(courseId, cadreId, itemIds, reason, SYSTEM);
        approval.approve(id, true, SYSTEM);
        return id;
    }
}
