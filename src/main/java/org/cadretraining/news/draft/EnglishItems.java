package org.cadretraining.news.draft;

import static org.cadretraining.news.draft.EnglishText.list;
import static org.cadretraining.news.draft.EnglishText.quoted;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.news.draft.CourseFacts.Item;
import org.cadretraining.news.draft.CourseFacts.Person;

/** The English sentences on the agenda: ceremonies, lectures, field study, discussions and the other items. */
final class EnglishItems {

    private final CourseFacts facts;
    private final EnglishText words;
    private final String trainees;

    EnglishItems(CourseFacts facts, EnglishText words, String trainees) {
        this.facts = facts;
        this.words = words;
        this.trainees = trainees;
    }

    String ceremonyName() {
        return facts.items().stream()
                .filter(item -> item.type().ceremony())
                .findFirst()
                .map(EnglishItems::ceremonyName)
                .orElse("");
    }

    private static String ceremonyName(Item item) {
        return item.type() == AgendaItemType.OPENING_CEREMONY ? "the opening ceremony" : "the closing ceremony";
    }

    String ceremonies() {
        List<String> out = new ArrayList<>();
        for (Item item : facts.items()) {
            if (item.type().ceremony()) {
                out.add(ceremony(item));
            }
        }
        return String.join(" ", out);
    }

    private String ceremony(Item item) {
        String name = ceremonyName(item);
        List<Person> people = Speeches.besidesTheLeader(facts, item);
        List<String> speakers = people.stream().map(words::withPosition).toList();
        if (speakers.isEmpty()
                && item.presider() == null
                && people.size() < item.speakers().size()) {
            return ""; // the team leader's speech at the opening is told with the team leader
        }
        String spoke = speakers.size() > 1 ? " spoke in turn" : " spoke";
        String out;
        if (item.presider() != null) {
            out = words.titled(item.presider()) + " presided over " + name
                    + (speakers.isEmpty() ? "." : ", at which " + list(speakers) + spoke + ".");
        } else if (!speakers.isEmpty()) {
            out = "At " + name + ", " + list(speakers) + spoke + ".";
        } else {
            out = "The course held " + name + ".";
        }
        List<String> topics = new ArrayList<>();
        for (Person speaker : people) {
            String topic = EnglishText.text(speaker.topic());
            if (!topic.isEmpty()) {
                topics.add(words.name(speaker) + " spoke on: " + topic + ".");
            }
        }
        return topics.isEmpty() ? out : out + " " + String.join(" ", topics);
    }

    /** "During the course, A lectured on “…”; B gave a lecture; the trainees also studied “…”." */
    String lectures() {
        List<String> given = new ArrayList<>();
        List<String> untaught = new ArrayList<>();
        for (Item item : facts.items()) {
            if (item.type() != AgendaItemType.LECTURE && item.type() != AgendaItemType.MICRO_COURSE) {
                continue;
            }
            String title = quoted(item.title());
            if (item.speakers().isEmpty()) {
                untaught.add(title);
                continue;
            }
            boolean titleTold = false;
            for (Person speaker : item.speakers()) {
                String topic = quoted(speaker.topic());
                String about = topic != null ? topic : item.speakers().size() == 1 ? title : null;
                titleTold |= about != null && about.equals(title);
                given.add(words.withPosition(speaker) + (about == null ? " gave a lecture" : " lectured on " + about));
            }
            if (!titleTold) {
                untaught.add(title); // what the item as a whole was, beside each speaker's own topic
            }
        }
        untaught.removeIf(Objects::isNull);
        if (given.isEmpty() && untaught.isEmpty()) {
            return "";
        }
        String studied = untaught.isEmpty()
                ? ""
                : (given.isEmpty() ? "" : "; ")
                        + trainees
                        + (given.isEmpty() ? " attended " : " also attended ")
                        + list(untaught);
        return "During the course, " + String.join("; ", given) + studied + ".";
    }

    String fieldStudies(List<String> sites, List<String> titles) {
        List<String> parts = new ArrayList<>();
        if (!sites.isEmpty()) {
            parts.add(trainees + " visited " + list(sites) + " for field study");
        }
        if (!titles.isEmpty()) {
            parts.add((parts.isEmpty() ? trainees + " took part in field study: " : "including ") + list(titles));
        }
        return parts.isEmpty() ? "" : String.join(", ", parts) + ".";
    }

    String discussions() {
        List<Item> items = facts.itemsOf(AgendaItemType.GROUP_DISCUSSION);
        if (items.isEmpty()) {
            return "";
        }
        List<String> themes = titles(items);
        return themes.isEmpty()
                ? trainees + " held group discussions."
                : trainees + " held group discussions on " + list(themes) + ".";
    }

    /** "{lead} “title” and “title”.", or "{lead} {untitled}." when no item of the type has a title. */
    String plain(AgendaItemType type, String lead, String untitled) {
        List<Item> items = facts.itemsOf(type);
        if (items.isEmpty()) {
            return "";
        }
        List<String> titles = titles(items);
        if (titles.isEmpty()) {
            return untitled.isEmpty() ? "" : lead + " " + untitled + ".";
        }
        return lead + " " + list(titles) + ".";
    }

    private static List<String> titles(List<Item> items) {
        return items.stream()
                .map(item -> quoted(item.title()))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }
}
