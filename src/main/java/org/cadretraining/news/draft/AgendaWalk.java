package org.cadretraining.news.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.news.draft.CourseFacts.Item;
import org.cadretraining.news.draft.CourseFacts.Person;
import org.cadretraining.news.draft.ItemWording.Told;
import org.cadretraining.shared.LocalizedText;

/**
 * The agenda told once for both languages: the ceremonies with who presided and spoke, the lectures with their
 * lecturers (and what else the trainees studied), the field-study sites, the discussions and the other items, each
 * text told as a title or as a description. Only the wording differs by language ({@link ItemWording}).
 */
final class AgendaWalk {

    private static final Set<AgendaItemType> LECTURES = Set.of(AgendaItemType.LECTURE, AgendaItemType.MICRO_COURSE);

    private final CourseFacts facts;
    private final ItemWording words;

    AgendaWalk(CourseFacts facts, ItemWording words) {
        this.facts = facts;
        this.words = words;
    }

    String ceremonyName() {
        return facts.items().stream()
                .filter(item -> item.type().ceremony())
                .findFirst()
                .map(words::ceremonyName)
                .orElse("");
    }

    String ceremonies() {
        List<String> told = facts.items().stream()
                .filter(item -> item.type().ceremony())
                .map(this::ceremony)
                .filter(c -> !c.isEmpty())
                .toList();
        return words.sentences(told);
    }

    private String ceremony(Item item) {
        List<Person> people = Speeches.besidesTheLeader(facts, item);
        if (people.isEmpty()
                && item.presider() == null
                && people.size() < item.speakers().size()) {
            return ""; // the team leader's speech at the opening is told with the team leader
        }
        Person presider = item.presider();
        // the presider who also spoke is introduced once, as presider
        List<String> speakers = people.stream()
                .map(p -> presider != null && Speeches.same(p, presider) ? words.name(p) : words.person(p))
                .toList();
        List<String> sentences = new ArrayList<>();
        sentences.add(
                words.ceremony(words.ceremonyName(item), presider == null ? null : words.person(presider), speakers));
        for (Person speaker : people) {
            String topic = words.described(Purpose.trimmed(words.raw(speaker.topic())));
            if (!topic.isEmpty()) {
                sentences.add(words.spokeOn(words.name(speaker), topic));
            }
        }
        return words.sentences(sentences);
    }

    /** Each lecturer with their topic (or their item's title); items nobody is recorded as giving, apart. */
    String lectures() {
        List<String> given = new ArrayList<>();
        List<Told> untaught = new ArrayList<>();
        for (Item item : facts.items()) {
            if (!LECTURES.contains(item.type())) {
                continue;
            }
            Told title = told(item.title(), true);
            boolean titleTold = false;
            for (Person speaker : item.speakers()) {
                Told topic = told(speaker.topic(), true);
                Told about = topic != null ? topic : item.speakers().size() == 1 ? title : null;
                titleTold |= about != null && about.equals(title);
                given.add(words.lecture(words.person(speaker), about));
            }
            if (!titleTold && title != null) {
                untaught.add(title); // what the item as a whole was, beside each speaker's own topic
            }
        }
        return given.isEmpty() && untaught.isEmpty() ? "" : words.lectures(given, untaught);
    }

    /** The field-study sites other than the course's own venue. */
    List<String> sites() {
        return facts.itemsOf(AgendaItemType.FIELD_STUDY).stream()
                .filter(item -> !CourseFacts.blank(item.site()) && !item.site().equals(facts.venue()))
                .map(item -> words.place(item.site()))
                .filter(site -> !site.isEmpty())
                .distinct()
                .toList();
    }

    String fieldStudies() {
        String venue = ChineseText.raw(facts.venue());
        List<Told> titles = facts.itemsOf(AgendaItemType.FIELD_STUDY).stream()
                // the title tells what was seen, unless it only repeats the site's name
                .filter(item -> CourseFacts.blank(item.site())
                        || ChineseText.raw(item.site()).equals(venue)
                        || !ChineseText.raw(item.title()).contains(ChineseText.raw(item.site())))
                .map(item -> told(item.title(), false))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        List<String> sites = sites();
        return sites.isEmpty() && titles.isEmpty() ? "" : words.fieldStudies(sites, titles);
    }

    String discussions() {
        List<Item> items = facts.itemsOf(AgendaItemType.GROUP_DISCUSSION);
        return items.isEmpty() ? "" : words.discussions(told(items));
    }

    String plain(AgendaItemType type) {
        List<Item> items = facts.itemsOf(type);
        return items.isEmpty() ? "" : words.plain(type, told(items));
    }

    private List<Told> told(List<Item> items) {
        return items.stream()
                .map(item -> told(item.title(), false))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    private Told told(LocalizedText text, boolean work) {
        String raw = words.raw(text);
        String bare = Purpose.trimmed(raw);
        if (bare.isEmpty()) {
            return null;
        }
        return Titles.title(raw) ? new Told(words.titled(bare, work), true) : new Told(words.described(bare), false);
    }
}
