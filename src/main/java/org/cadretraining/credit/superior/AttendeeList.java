package org.cadretraining.credit.superior;

import java.util.List;

/** The attendees found (each once, in the order given) and what could not be resolved. */
record AttendeeList(List<Attendee> found, List<AttendeeProblem> problems) {

    boolean isGood() {
        return problems.isEmpty() && !found.isEmpty();
    }
}
