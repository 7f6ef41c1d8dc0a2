package org.cadretraining.news.draft;

import java.util.List;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.news.draft.CourseFacts.Item;
import org.cadretraining.news.draft.CourseFacts.Person;
import org.cadretraining.shared.LocalizedText;

/** The agenda in English: "X presided over the opening ceremony, at which …" "During the course, A lectured on …". */
final class EnglishItemWording implements ItemWording {

    private final EnglishText words;
    private final String trainees;

    EnglishItemWording(EnglishText words, String trainees) {
        this.words = words;
        this.trainees = trainees;
    }

    @Override
    public String raw(LocalizedText text) {
        return text.en().isEmpty() ? text.zh() : text.en();
    }

    @Override
    public String described(String raw) {
        return EnglishText.text(new LocalizedText("", raw));
    }

    @Override
    public String titled(String raw, boolean work) {
        return EnglishText.quoted(new LocalizedText("", raw));
    }

    @Override
    public String person(Person person) {
        return words.titled(person);
    }

    @Override
    public String name(Person person) {
        return words.shortName(person);
    }

    @Override
    public String place(LocalizedText site) {
        return EnglishText.body(site);
    }

    @Override
    public String list(List<String> items) {
        return EnglishText.list(items);
    }

    @Override
    public String ceremonyName(Item item) {
        return item.type() == AgendaItemType.OPENING_CEREMONY ? "the opening ceremony" : "the closing ceremony";
    }

    @Override
    public String ceremony(String name, String presider, List<String> speakers) {
        String spoke = list(speakers) + (speakers.size() > 1 ? " spoke in turn" : " spoke");
        if (presider != null) {
            return presider + " presided over " + name + (speakers.isEmpty() ? "." : ", at which " + spoke + ".");
        }
        return speakers.isEmpty() ? name + " was held." : "At " + name + ", " + spoke + ".";
    }

    @Override
    public String spokeOn(String name, String topic) {
        return name + " spoke on: " + topic + ".";
    }

    @Override
    public String sentences(List<String> sentences) {
        return String.join(" ", sentences);
    }

    @Override
    public String lecture(String lecturer, Told about) {
        return lecturer + (about == null ? " gave a lecture" : " lectured on " + about.text());
    }

    @Override
    public String lectures(List<String> given, List<Told> untaught) {
        String studied = untaught.isEmpty()
                ? ""
                : (given.isEmpty() ? "" : "; ")
                        + trainees
                        + (given.isEmpty() ? " attended " : " also attended ")
                        + list(Told.texts(untaught));
        return "During the course, " + String.join("; ", given) + studied + ".";
    }

    @Override
    public String fieldStudies(List<String> sites, List<Told> titles) {
        String visited = sites.isEmpty() ? "" : trainees + " visited " + list(sites) + " for field study";
        if (titles.isEmpty()) {
            return visited + ".";
        }
        String seen = list(Told.texts(titles));
        if (visited.isEmpty()) {
            return trainees + " took part in field study: " + String.join("; ", Told.texts(titles)) + ".";
        }
        // "including" takes names; what the visits were is told after a colon
        return Told.allTitles(titles)
                ? visited + ", including " + seen + "."
                : visited + ": " + String.join("; ", Told.texts(titles)) + ".";
    }

    @Override
    public String discussions(List<Told> themes) {
        if (themes.isEmpty()) {
            return trainees + " held group discussions.";
        }
        return Told.allTitles(themes)
                ? trainees + " held group discussions on " + list(Told.texts(themes)) + "."
                : "Group discussions covered " + String.join("; ", Told.texts(themes)) + ".";
    }

    @Override
    public String plain(AgendaItemType type, List<Told> items) {
        String lead =
                switch (type) {
                    case SELF_STUDY -> "The programme included";
                    case EXAM -> "The " + trainees.replaceFirst("^the ", "") + " sat";
                    case HOMEWORK -> "The " + trainees.replaceFirst("^the ", "") + " handed in";
                    default -> "The programme also included";
                };
        String untitled =
                switch (type) {
                    case SELF_STUDY -> "self-study";
                    case EXAM -> "an exam";
                    case HOMEWORK -> "homework";
                    default -> "";
                };
        if (items.isEmpty()) {
            return untitled.isEmpty() ? "" : lead + " " + untitled + ".";
        }
        if (Told.allTitles(items)) {
            return lead + " " + list(Told.texts(items)) + ".";
        }
        String described = String.join("; ", Told.texts(items));
        // a description may be a clause ("leaders pin badges on …"), which cannot follow "included"
        return untitled.isEmpty()
                ? "Also on the programme: " + described + "."
                : lead + " " + untitled + ": " + described + ".";
    }
}
