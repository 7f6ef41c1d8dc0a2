package org.cadretraining.news;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** An article's numbered revisions, oldest first: the one to write into, the latest approved, the live one. */
final class Revisions {

    private final List<Revision> list = new ArrayList<>();

    Revisions(List<Revision> revisions) {
        list.addAll(revisions);
        list.sort(Comparator.comparingInt(Revision::number));
    }

    /**
     * The draft to write into: the latest revision while it is a draft, else a new one after it that starts with its
     * files (the submitted, reviewed or live one stays as it is).
     */
    Revision draft(Instant at, String by) {
        Revision latest = latest();
        if (latest.status() == RevisionStatus.DRAFT) {
            return latest;
        }
        Revision next = new Revision(latest.number() + 1, RevisionStatus.DRAFT, at, by);
        next.copyFilesFrom(latest);
        list.add(next);
        return next;
    }

    Revision latest() {
        return list.getLast();
    }

    Optional<Revision> latestApproved() {
        return list.reversed().stream()
                .filter(r -> r.status() == RevisionStatus.APPROVED)
                .findFirst();
    }

    Optional<Revision> number(Integer number) {
        return number == null
                ? Optional.empty()
                : list.stream().filter(r -> r.number() == number).findFirst();
    }

    List<Revision> all() {
        return List.copyOf(list);
    }
}
