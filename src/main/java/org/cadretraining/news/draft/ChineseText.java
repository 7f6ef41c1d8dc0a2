package org.cadretraining.news.draft;

import java.util.List;
import java.util.Objects;
import org.cadretraining.news.draft.CourseFacts.Person;
import org.cadretraining.shared.LocalizedText;

/** The pieces of Chinese wording: a record's text, lists joined by 、, people as "职务姓名", titles in their marks. */
final class ChineseText {

    private final DraftSettings settings;

    ChineseText(DraftSettings settings) {
        this.settings = settings;
    }

    /** The Chinese text; a text recorded only in English is given as recorded. */
    static String text(LocalizedText text) {
        return text.zh().isEmpty() ? text.en() : text.zh();
    }

    static List<String> texts(List<LocalizedText> texts) {
        return texts.stream().map(ChineseText::text).filter(t -> !t.isEmpty()).toList();
    }

    static String list(List<String> items) {
        return String.join("、", items.stream().filter(Objects::nonNull).toList());
    }

    /** "党委书记胡晓梅"; a position recorded only in English follows the name in brackets. */
    static String person(Person person) {
        String position = Purpose.trimmed(text(person.position()));
        if (position.isEmpty()) {
            return name(person);
        }
        return Han.in(position) ? position + name(person) : name(person) + "（" + position + "）";
    }

    static String name(Person person) {
        return person.name().isEmpty() ? person.nameEn() : person.name();
    }

    /** A lecture's or material's title in the newsroom's marks; null when there is none. */
    String titled(String title) {
        String bare = Purpose.trimmed(title);
        if (bare.isEmpty()) {
            return null;
        }
        if (bare.startsWith("《") && bare.endsWith("》")) {
            return bare;
        }
        return settings.titleMarks() == DraftSettings.TitleMarks.BOOK ? "《" + bare + "》" : "“" + bare + "”";
    }

    /** What an item is about, in quotation marks; null when it has no title. */
    static String quoted(String title) {
        String bare = Purpose.trimmed(title);
        return bare.isEmpty() ? null : "“" + bare + "”";
    }
}
