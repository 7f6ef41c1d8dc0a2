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

    private final LeaveDesk desk;

    LeaveSetup(LeaveDesk desk) {
        this.desk = desk;
    }

    /**
     * Asks for leave from the items and approves it; past the cap it is approved as confirmed, which withdraws the
     * cadre. Returns the request's id.
     */
    @Transactional
    public long approvedLeave(long courseId, long cadreId, Collection<Long> itemIds, String reason) {
        long id = desk.ask(courseId, cadreId, itemIds, reason, SYSTEM);
        desk.approve(id, true, SYSTEM);
        return id;
    }
}
