package org.cadretraining.news.draft;

import java.util.List;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.news.draft.CourseFacts.Item;
import org.cadretraining.news.draft.CourseFacts.Person;

/** Who spoke at a ceremony, told once: the team leader's speech at the opening goes with the team leader. */
final class Speeches {

    private Speeches() {}

    static boolean leaderSpokeAtTheOpening(CourseFacts facts) {
        Person leader = facts.teamLeader();
        return leader != null
                && facts.itemsOf(AgendaItemType.OPENING_CEREMONY).stream()
                        .anyMatch(item -> item.speakers().stream().anyMatch(s -> same(s, leader)));
    }

    /** The speakers of the item, without the team leader at the opening ceremony (and without a topic of theirs). */
    static List<Person> besidesTheLeader(CourseFacts facts, Item item) {
        Person leader = facts.teamLeader();
        if (leader == null || item.type() != AgendaItemType.OPENING_CEREMONY) {
            return item.speakers();
        }
        return item.speakers().stream()
                .filter(s -> !same(s, leader) || !CourseFacts.blank(s.topic()))
                .toList();
    }

    static boolean same(Person a, Person b) {
        return a.name().equals(b.name())
                && (a.nameEn().isEmpty() || b.nameEn().isEmpty() || a.nameEn().equals(b.nameEn()));
    }
}
