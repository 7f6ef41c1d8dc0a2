package org.cadretraining.news.draft;

import java.util.List;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.news.draft.CourseFacts.Item;
import org.cadretraining.news.draft.CourseFacts.Person;
import org.cadretraining.shared.LocalizedText;

/** The agenda in Chinese: "开班式由…主持，…先后讲话。" "培训期间，甲讲授《…》；学员还学习了《…》。" */
final class ChineseItemWording implements ItemWording {

    /** What a ceremony's own title ends with when it names the ceremony rather than what was said at it. */
    private static final List<String> CEREMONY_WORDS = List.of("式", "典礼", "仪式", "大会", "会");

    private final CourseFacts facts;
    private final ChineseText words;
    private final String trainees;

    ChineseItemWording(CourseFacts facts, ChineseText words, String trainees) {
        this.facts = facts;
        this.words = words;
        this.trainees = trainees;
    }

    @Override
    public String raw(LocalizedText text) {
        return ChineseText.raw(text);
    }

    @Override
    public String described(String raw) {
        return ChineseText.told(Purpose.trimmed(raw));
    }

    @Override
    public String titled(String raw, boolean work) {
        return work ? words.titled(raw) : ChineseText.quoted(raw);
    }

    @Override
    public String person(Person person) {
        return words.person(person);
    }

    @Override
    public String name(Person person) {
        return words.name(person);
    }

    @Override
    public String place(LocalizedText site) {
        return ChineseText.text(site);
    }

    @Override
    public String list(List<String> items) {
        return ChineseText.list(items);
    }

    /**
     * The ceremony as its item is titled, without the course's title where the item repeats it ("第38期新疆班开班式"
     * after "举行第38期新疆班"); "开班式" / "结业式" where the item has no Chinese title of its own.
     */
    @Override
    public String ceremonyName(Item item) {
        String title = Purpose.trimmed(ChineseText.raw(item.title()));
        String course = ChineseText.raw(facts.title());
        if (title.startsWith(course)) {
            title = title.substring(course.length()).strip();
        }
        if (Han.in(title) && !Latin.prose(title) && CEREMONY_WORDS.stream().anyMatch(title::endsWith)) {
            return title;
        }
        return item.type() == AgendaItemType.OPENING_CEREMONY ? "开班式" : "结业式";
    }

    @Override
    public String ceremony(String name, String presider, List<String> speakers) {
        String said = list(speakers) + (speakers.size() > 1 ? "先后讲话" : "讲话");
        if (presider != null) {
            return name + "由" + presider + "主持" + (speakers.isEmpty() ? "。" : "，" + said + "。");
        }
        return speakers.isEmpty() ? "培训举行了" + name + "。" : name + "上，" + said + "。";
    }

    @Override
    public String spokeOn(String name, String topic) {
        return name + "在讲话中谈到：" + topic + "。";
    }

    @Override
    public String sentences(List<String> sentences) {
        return String.join("", sentences);
    }

    @Override
    public String lecture(String lecturer, Told about) {
        return lecturer + (about == null ? "作专题讲座" : "讲授" + about.text());
    }

    @Override
    public String lectures(List<String> given, List<Told> untaught) {
        String learnt = untaught.isEmpty()
                ? ""
                : (given.isEmpty() ? "" : "；")
                        + trainees
                        + (given.isEmpty() ? "学习了" : "还学习了")
                        + list(Told.texts(untaught));
        return "培训期间，" + String.join("；", given) + learnt + "。";
    }

    @Override
    public String fieldStudies(List<String> sites, List<Told> titles) {
        String visited = sites.isEmpty() ? "" : trainees + "赴" + list(sites) + "开展现场教学";
        if (titles.isEmpty()) {
            return visited + "。";
        }
        String seen = list(Told.texts(titles));
        return visited.isEmpty() ? trainees + "开展现场教学，内容包括" + seen + "。" : visited + "，内容包括" + seen + "。";
    }

    /** Discussions on their themes; what they covered where they are described rather than titled. */
    @Override
    public String discussions(List<Told> themes) {
        if (themes.isEmpty()) {
            return trainees + "开展了分组讨论。";
        }
        return Told.allTitles(themes)
                ? trainees + "围绕" + list(Told.texts(themes)) + "开展分组讨论。"
                : trainees + "开展分组讨论，内容包括" + String.join("；", Told.texts(themes)) + "。";
    }

    @Override
    public String plain(AgendaItemType type, List<Told> items) {
        String lead =
                switch (type) {
                    case SELF_STUDY -> "培训安排了";
                    case EXAM -> "学员参加了";
                    case HOMEWORK -> "学员须提交";
                    default -> "培训还安排了";
                };
        String untitled =
                switch (type) {
                    case SELF_STUDY -> "集中自学";
                    case EXAM -> "考试";
                    case HOMEWORK -> "作业";
                    default -> "";
                };
        List<Told> told = items.stream()
                .filter(t -> !t.text().replaceAll("^[“《]|[”》]$", "").equals(untitled))
                .toList();
        if (told.isEmpty()) {
            return untitled.isEmpty() ? "" : lead + untitled + "。";
        }
        if (Told.allTitles(told)) {
            return lead + list(Told.texts(told)) + "。";
        }
        String described = String.join("；", Told.texts(told));
        return untitled.isEmpty() ? lead + described + "。" : lead + untitled + "：" + described + "。";
    }
}
