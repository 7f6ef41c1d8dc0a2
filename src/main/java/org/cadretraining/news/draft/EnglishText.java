package org.cadretraining.news.draft;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cadretraining.news.draft.CourseFacts.Person;
import org.cadretraining.shared.LocalizedText;

/**
 * The pieces of English wording: a record's English text, or the Chinese marked for the translator where only
 * Chinese is recorded; people by their English names, or in pinyin with the Chinese in brackets (or marked) as the
 * newsroom sets; "A, B and C"; "the" before a body's name that needs it.
 */
final class EnglishText {

    static final String MARK = "[translate: ";
    private static final Set<String> COMMON_FIRST_WORDS = Set.of(
            "party",
            "organization",
            "organisation",
            "department",
            "faculty",
            "school",
            "college",
            "committee",
            "office",
            "centre",
            "center",
            "bureau",
            "national",
            "provincial",
            "municipal",
            "continuing",
            "training",
            "academy",
            "institute",
            "ministry",
            "standing",
            "publicity",
            "united",
            "education",
            "state",
            "central",
            "people's",
            "county",
            "district",
            "city",
            "university",
            "library",
            "hall",
            "museum",
            "memorial");

    /** A body named by what it is ("Hunan Provincial Department of Education") takes "the"; a university does not. */
    private static final java.util.regex.Pattern BODIES = java.util.regex.Pattern.compile(
            "\\b(Department|Committee|Bureau|Office|Commission|Ministry|Academy|Centre|Center|Administration|Government"
                    + "|Congress|Federation|League|Association|Party School|Memorial Hall|Museum|Command Post)\\b");

    private final DraftSettings settings;

    EnglishText(DraftSettings settings) {
        this.settings = settings;
    }

    /** The English text; Chinese recorded without English is marked for the translator; blank stays blank. */
    static String text(LocalizedText text) {
        String value = Purpose.trimmed(text.en().isEmpty() ? text.zh() : text.en());
        return Han.in(value) ? MARK + value + "]" : value;
    }

    static List<String> texts(List<LocalizedText> texts) {
        return texts.stream().map(EnglishText::text).filter(t -> !t.isEmpty()).toList();
    }

    /** A body or a place as a sentence names it: "the Party School of …", "Guizhou University". */
    static String body(LocalizedText name) {
        return withArticle(text(name));
    }

    static List<String> bodies(List<LocalizedText> names) {
        return names.stream().map(EnglishText::body).filter(t -> !t.isEmpty()).toList();
    }

    static String withArticle(String name) {
        if (name.isEmpty()
                || name.startsWith(MARK)
                || name.regionMatches(true, 0, "the ", 0, 4)
                || name.startsWith("Room ")) {
            return name;
        }
        String first = name.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        boolean body =
                COMMON_FIRST_WORDS.contains(first) || BODIES.matcher(name).find();
        return body ? "the " + name : name;
    }

    static String list(List<String> items) {
        List<String> present = items.stream().filter(Objects::nonNull).toList();
        if (present.size() <= 1) {
            return present.isEmpty() ? "" : present.getFirst();
        }
        // items with commas of their own are set apart by semicolons, so that the reader sees where each ends
        boolean commas = present.stream().anyMatch(item -> item.contains(","));
        String head = String.join(commas ? "; " : ", ", present.subList(0, present.size() - 1));
        return head + (commas ? "; and " : " and ") + present.getLast();
    }

    /**
     * "Hu Xiaomei"; "Peng Rong (彭榕)" or "[translate: 彭榕]" for a name recorded only in Chinese, the Chinese without
     * brackets of its own ("Wang Jun (王军，示例)").
     */
    String name(Person person) {
        if (!person.nameEn().isEmpty()) {
            return person.nameEn();
        }
        if (!Han.in(person.name())) {
            return person.name();
        }
        if (person.name().chars().anyMatch(c -> c < 128 && Character.isLetter(c))) {
            // a line of text mixing languages ("10 experts (not named); scholars from 武汉大学 …") is no name to spell
            // in pinyin: the translator renders it
            return MARK + person.name() + "]";
        }
        return settings.chineseOnlyNames() == DraftSettings.ChineseOnlyNames.PINYIN
                ? Pinyin.name(person.name()) + " (" + Brackets.flattened(person.name(), "，") + ")"
                : MARK + person.name() + "]";
    }

    /** The name once the person has been introduced: "Peng Rong", without the Chinese again. */
    String shortName(Person person) {
        if (!person.nameEn().isEmpty() || !Han.in(person.name())) {
            return name(person);
        }
        return settings.chineseOnlyNames() == DraftSettings.ChineseOnlyNames.PINYIN
                ? Pinyin.name(person.name())
                : MARK + person.name() + "]";
    }

    /**
     * A person with their position, never in brackets within brackets: a short title before the name ("Party
     * Secretary Hu Xiaomei"), a longer one after it ("Wang Xu (Vice President of Guizhou University, chaired the
     * opening)"), and a position recorded only in Chinese before the name for the translator ("[translate: 党委书记]
     * Peng Rong (彭榕)"), or with the name in one mark where names are marked too ("[translate: 党委书记彭榕]").
     */
    String titled(Person person) {
        String position = Purpose.trimmed(
                person.position().en().isEmpty()
                        ? person.position().zh()
                        : person.position().en());
        if (position.isEmpty()) {
            return name(person);
        }
        if (Han.in(position)) {
            boolean marked = Han.in(person.name())
                    && person.nameEn().isEmpty()
                    && settings.chineseOnlyNames() == DraftSettings.ChineseOnlyNames.TRANSLATOR;
            return marked ? MARK + position + person.name() + "]" : MARK + position + "] " + name(person);
        }
        boolean shortTitle =
                position.split("\\s+").length <= 3 && position.chars().noneMatch(c -> ",;()".indexOf(c) >= 0);
        if (shortTitle) {
            return position + " " + name(person);
        }
        String name = name(person);
        String remark = Brackets.flattened(position, ", ");
        return name.endsWith(")")
                ? name.substring(0, name.length() - 1) + "; " + remark + ")"
                : name + " (" + remark + ")";
    }

    /** A title in quotation marks; marked for the translator, without quotation marks, where only Chinese is. */
    static String quoted(LocalizedText title) {
        String text = text(title);
        if (text.isEmpty()) {
            return null;
        }
        return text.startsWith(MARK) ? text : ChineseText.quotation(text);
    }
}
