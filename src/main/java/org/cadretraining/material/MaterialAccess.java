package org.cadretraining.material;

import java.util.Set;
import org.cadretraining.shared.DomainException;

/**
 * What one person may do with one course's materials. Organisers manage every file; a lecturer adds files to the
 * items they speak at and removes those; the class's staff and the lecturers see every file; participants see the
 * files meant for them.
 */
record MaterialAccess(boolean managesAll, Set<Long> ownItems, boolean seesAll, boolean seesParticipantFiles) {

    static final MaterialAccess NONE = new MaterialAccess(false, Set.of(), false, false);

    MaterialAccess {
        ownItems = Set.copyOf(ownItems);
    }

    boolean mayRead() {
        return seesAll || seesParticipantFiles;
    }

    boolean mayAdd() {
        return managesAll || !ownItems.isEmpty();
    }

    boolean maySee(CourseMaterial material) {
        return seesAll || (seesParticipantFiles && material.forParticipants());
    }

    /** Whether the person may attach a file there: {@code null} is the course as a whole. */
    boolean mayAddTo(Long agendaItemId) {
        return managesAll || (agendaItemId != null && ownItems.contains(agendaItemId));
    }

    boolean mayRemove(CourseMaterial material) {
        return mayAddTo(material.agendaItemId());
    }

    void requireRead() {
        if (!mayRead()) {
            throw DomainException.forbidden();
        }
    }
}
