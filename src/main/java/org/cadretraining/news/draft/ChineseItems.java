package org.cadretraining.news.draft;

import static org.cadretraining.news.draft.ChineseText.list;
import static org.cadretraining.news.draft.ChineseText.person;
import static org.cadretraining.news.draft.ChineseText.quoted;
import static org.cadretraining.news.draft.ChineseText.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.news.draft.CourseFacts.Item;
import org.cadretraining.news.draft.CourseFacts.Person;

/** The Chinese sentences on the agenda: ceremonies, lectures, field study, discussions and the other items. */
final class ChineseItems {

    /** What a ceremony's own title ends with when it names the ceremony rather than what was said at it. */
    private static final List<String> CEREMONY_WORDS = List.of("式", "典礼", "仪式", "大会", "会");

    private final CourseFacts facts;
    private final ChineseText words;
    private final String trainees;

    ChineseItems(CourseFacts facts, ChineseText words, String trainees) {
        this.facts = facts;
        this.words = words;
        this.trainees = trainees;
    }

    String ceremonyName() {
        return facts.items().stream()
                .filter(item -> item.type().ceremony())
                .findFirst()
                .map(this::ceremonyName)
                .orElse("");
    }

    /**
     * The ceremony as its item is titled, without the course's title where the item repeats it ("第38期新疆班开班式"
     * after "举行第38期新疆班"); "开班式" / "结业式" where the item has no Chinese title of its own.
     */
    private String ceremonyName(Item item) {
        String title = Purpose.trimmed(text(item.title()));
        String course = text(facts.title());
        if (title.startsWith(course)) {
            title = title.substring(course.length()).strip();
        }
        if (Han.in(title) && CEREMONY_WORDS.stream().anyMatch(title::endsWith)) {
            return title;
        }
        return item.type() == AgendaItemType.OPENING_CEREMONY ? "开班式" : "结业式";
    }

    String ceremonies() {
        StringBuilder out = new StringBuilder();
        for (Item item : facts.items()) {
            if (item.type().ceremony()) {
                out.append(ceremony(item));
            }
        }
        return out.toString();
    }

    private String ceremony(Item item) {
        String name = ceremonyName(item);
        List<Person> people = Speeches.besidesTheLeader(facts, item);
        List<String> speakers = people.stream().map(ChineseText::person).toList();
        if (speakers.isEmpty()
                && item.presider() == null
                && people.size() < item.speakers().size()) {
            return ""; // the team leader's speech at the opening is told with the team leader
        }
        String said = speakers.size() > 1 ? "先后讲话" : "讲话";
        StringBuilder out = new StringBuilder();
        if (item.presider() != null) {
            out.append(name).append("由").append(person(item.presider())).append("主持");
            out.append(speakers.isEmpty() ? "。" : "，" + list(speakers) + said + "。");
        } else if (!speakers.isEmpty()) {
            out.append(name).append("上，").append(list(speakers)).append(said).append("。");
        } else {
            out.append("培训举行了").append(name).append("。");
        }
        for (Person speaker : people) {
            String topic = Purpose.trimmed(text(speaker.topic()));
            if (!topic.isEmpty()) {
                out.append(ChineseText.name(speaker))
                        .append("在讲话中谈到：")
                        .append(topic)
                        .append("。");
            }
        }
        return out.toString();
    }

    /** "培训期间，甲讲授《…》；乙作题为《…》的专题讲座；学员还学习了《…》。" */
    String lectures() {
        List<String> given = new ArrayList<>();
        List<String> untaught = new ArrayList<>();
        for (Item item : facts.items()) {
            if (item.type() != AgendaItemType.LECTURE && item.type() != AgendaItemType.MICRO_COURSE) {
                continue;
            }
            String title = words.titled(text(item.title()));
            if (item.speakers().isEmpty()) {
                untaught.add(title);
                continue;
            }
            boolean titleTold = false;
            for (Person speaker : item.speakers()) {
                String topic = words.titled(text(speaker.topic()));
                String about = topic != null ? topic : item.speakers().size() == 1 ? title : null;
                titleTold |= about != null && about.equals(title);
                given.add(person(speaker) + (about == null ? "作专题讲座" : "讲授" + about));
            }
            if (!titleTold) {
                untaught.add(title); // what the item as a whole was, beside each speaker's own topic
            }
        }
        untaught.removeIf(Objects::isNull);
        if (given.isEmpty() && untaught.isEmpty()) {
            return "";
        }
        String learnt = untaught.isEmpty()
                ? ""
                : (given.isEmpty() ? "" : "；") + trainees + (given.isEmpty() ? "学习了" : "还学习了") + list(untaught);
        return "培训期间，" + String.join("；", given) + learnt + "。";
    }

    String fieldStudies(List<String> sites, List<String> titles) {
        List<String> parts = new ArrayList<>();
        if (!sites.isEmpty()) {
            parts.add(trainees + "赴" + list(sites) + "开展现场教学");
        }
        if (!titles.isEmpty()) {
            parts.add(parts.isEmpty() ? trainees + "开展" + list(titles) + "现场教学" : "内容包括" + list(titles));
        }
        return parts.isEmpty() ? "" : String.join("，", parts) + "。";
    }

    /** Group discussions on their themes; "开展了分组讨论" when none has a theme. */
    String discussions() {
        List<Item> items = facts.itemsOf(AgendaItemType.GROUP_DISCUSSION);
        if (items.isEmpty()) {
            return "";
        }
        List<String> themes = titles(items);
        return themes.isEmpty() ? trainees + "开展了分组讨论。" : trainees + "围绕" + list(themes) + "开展分组讨论。";
    }

    /** "{lead}“题目”、“题目”。", or "{lead}{untitled}。" when no item of the type has a title. */
    String plain(AgendaItemType type, String lead, String untitled) {
        List<Item> items = facts.itemsOf(type);
        if (items.isEmpty()) {
            return "";
        }
        List<String> titles = titles(items);
        if (titles.isEmpty()) {
            return untitled.isEmpty() ? "" : lead + untitled + "。";
        }
        return lead + list(titles) + "。";
    }

    private static List<String> titles(List<Item> items) {
        return items.stream()
                .map(item -> quoted(text(item.title())))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }
}
