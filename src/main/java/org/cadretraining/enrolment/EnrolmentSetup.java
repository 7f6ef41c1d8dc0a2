package org.cadretraining.enrolment;

import java.util.Set;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;
import org.springframework.stereotype.Service;

/** Enrols cadres on behalf of the system itself (demo data, set-up), under the same rules as the organiser. */
@Service
public class EnrolmentSetup {

    private static final CurrentUser SYSTEM = new CurrentUser(0, "system", Set.of(Role.ADMINISTRATOR), null, null);

    private final DirectEnrolments direct;

    EnrolmentSetup(DirectEnrolments direct) {
        this.direct = direct;
    }

    /** Enrols a cadre directly in a role; returns the enrolment's id. */
    public long enrol(long courseId, long cadreId, CourseRole role) {
        return direct.enrol(courseId, cadreId, role, SYSTEM).id();
    }
}
