package org.cadretraining.enrolment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many of a class put into one study group at once, from their staff numbers or names pasted as a spreadsheet
 * column is copied: a class of 48 in two groups would otherwise be 48 saves of one row each. All or nothing, so that
 * a mistyped name is corrected in the paste rather than hunted for in the list afterwards.
 */
@Service
class GroupPaste {

    private final EnrolmentStore store;
    private final Roster roster;
    private final StudyGroups groups;

    GroupPaste(EnrolmentStore store, Roster roster, StudyGroups groups) {
        this.store = store;
        this.roster = roster;
        this.groups = groups;
    }

    /** Puts everyone named into the group, out of any other; returns how many. */
    @Transactional
    int place(long courseId, Long groupId, String pasted, CurrentUser user) {
        EnrolmentRights.requireOrganiser(user);
        if (groupId == null) {
            throw DomainException.invalid("groupId", "enrolment.group.unknown");
        }
        List<Wanted> wanted = PastedList.parse(pasted);
        if (wanted.isEmpty()) {
            throw DomainException.invalid("names", "enrolment.group.paste.empty");
        }
        List<Roster.Entry> places = roster.entries(store.ofCourse(courseId)).stream()
                .filter(entry -> entry.status().live())
                .toList();
        Set<Long> found = new LinkedHashSet<>();
        List<String> notFound = new ArrayList<>();
        for (Wanted one : wanted) {
            List<Roster.Entry> matches = matching(places, one.text());
            if (matches.size() == 1) {
                found.add(matches.getFirst().id());
            } else {
                notFound.add(one.text());
            }
        }
        if (!notFound.isEmpty()) {
            throw DomainException.invalid("names", "enrolment.group.paste.notFound", String.join("、", notFound));
        }
        found.forEach(enrolmentId -> groups.assign(enrolmentId, groupId, user));
        return found.size();
    }

    /** By staff number first, which is unique; then by name, which two people of a class may share. */
    private static List<Roster.Entry> matching(List<Roster.Entry> places, String text) {
        List<Roster.Entry> byNumber = places.stream()
                .filter(entry -> text.equalsIgnoreCase(entry.staffNumber()))
                .toList();
        if (!byNumber.isEmpty()) {
            return byNumber;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return places.stream()
                .filter(entry -> text.equals(entry.name())
                        || (entry.nameEn() != null
                                && lower.equals(entry.nameEn().toLowerCase(Locale.ROOT))))
                .toList();
    }
}
