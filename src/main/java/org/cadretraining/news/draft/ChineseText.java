package org.cadretraining.news.draft;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.cadretraining.news.draft.CourseFacts.Person;
import org.cadretraining.shared.LocalizedText;

/**
 * The pieces of Chinese wording: a record's text, lists joined by 、, people as "职务姓名", titles in their marks.
 *
 * <p>A text recorded only in Latin script (a speech topic, a body's or a venue's name that only has English) is
 * marked for the translator, "【待译：…】", as the English draft marks a Chinese-only name. An editor would rather
 * have that than the topic left out: the fact stays in front of them, the translator knows what to write, and no
 * English prose can slip into the Chinese article unnoticed. A person's romanised name follows the newsroom's
 * setting for names: as recorded beside the pinyin setting, marked beside the translator's.
 */
final class ChineseText {

    /**
     * A word in lower case standing on its own ("not", "experts"): a description, where a name's words have capitals
     * ("Li Cheng'en", "Jean-Luc" are names).
     */
    private static final Pattern DESCRIBED = Pattern.compile("(?<![\\p{IsLatin}'’-])\\p{Ll}{2,}");

    static final String MARK = "【待译：";
    static final String MARK_END = "】";

    private final DraftSettings settings;

    ChineseText(DraftSettings settings) {
        this.settings = settings;
    }

    /** The Chinese text as recorded; a text recorded only in English is given as recorded. For comparisons. */
    static String raw(LocalizedText text) {
        return text.zh().isEmpty() ? text.en() : text.zh();
    }

    /** The text as the Chinese draft prints it: Latin-script prose marked for the translator. */
    static String text(LocalizedText text) {
        return told(Purpose.trimmed(raw(text)));
    }

    static String told(String text) {
        return Latin.prose(text) ? MARK + text + MARK_END : text;
    }

    static boolean marked(String text) {
        return text.startsWith(MARK);
    }

    static List<String> texts(List<LocalizedText> texts) {
        return texts.stream().map(ChineseText::text).filter(t -> !t.isEmpty()).toList();
    }

    /**
     * Items joined by 、; by ，where an item has its own 、 ("党委副书记、党校校长宋元林，…"), and by ；where an item
     * has its own ，, so that the reader sees where one item ends.
     */
    static String list(List<String> items) {
        List<String> present = items.stream().filter(Objects::nonNull).toList();
        String join = present.stream().anyMatch(i -> i.contains("，"))
                ? "；"
                : present.stream().anyMatch(i -> i.contains("、")) ? "，" : "、";
        return String.join(join, present);
    }

    /** "党委书记胡晓梅"; a position recorded only in English goes before the name too, marked for the translator. */
    String person(Person person) {
        String position = Purpose.trimmed(raw(person.position()));
        String name = name(person);
        if (marked(name) && Latin.prose(position)) {
            // one mark for the translator, not two side by side
            return MARK + position + " " + name.substring(MARK.length());
        }
        return told(position) + name;
    }

    /** The name in Chinese; a romanised name as recorded, or marked, as the newsroom sets. */
    String name(Person person) {
        String name = person.name().isEmpty() ? person.nameEn() : person.name();
        if (DESCRIBED.matcher(name).find()) {
            // a line describing who spoke ("not named; lecturers of 10 thematic lectures") is no name: translated
            return MARK + name + MARK_END;
        }
        if (Han.in(name) || settings.chineseOnlyNames() == DraftSettings.ChineseOnlyNames.PINYIN) {
            return name;
        }
        return MARK + name + MARK_END;
    }

    /** A lecture's or material's title in the newsroom's marks; null when there is none. */
    String titled(String title) {
        String bare = Purpose.trimmed(title);
        if (bare.isEmpty()) {
            return null;
        }
        if (Latin.prose(bare)) {
            return told(bare);
        }
        if (bare.startsWith("《") && bare.endsWith("》")) {
            return bare;
        }
        return settings.titleMarks() == DraftSettings.TitleMarks.BOOK ? "《" + bare + "》" : quotation(bare);
    }

    /** What an item is about, in quotation marks; null when it has no title. */
    static String quoted(String title) {
        String bare = Purpose.trimmed(title);
        if (bare.isEmpty()) {
            return null;
        }
        return Latin.prose(bare) ? told(bare) : quotation(bare);
    }

    /** “…” around a text; quotation marks inside it become single ones (“献身党的一生——‘炮兵之父’…”). */
    static String quotation(String text) {
        return "“" + text.replace('“', '‘').replace('”', '’') + "”";
    }
}
