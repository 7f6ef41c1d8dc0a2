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
                    + "|Congress|Federation|League|Association|Party School)\\b");

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
        if (name.isEmpty() || name.startsWith(MARK) || name.regionMatches(true, 0, "the ", 0, 4)) {
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
        return String.join(", ", present.subList(0, present.size() - 1)) + " and " + present.getLast();
    }

    /** "Hu Xiaomei"; "Peng Rong (彭榕)" or "[translate: 彭榕]" for a name recorded only in Chinese. */
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
                ? Pinyin.name(person.name()) + " (" + person.name() + ")"
                : MARK + person.name() + "]";
    }

    /** "Party Secretary Hu Xiaomei" for a short title; "Wang Xu (Vice President of …)" for a longer one. */
    String titled(Person person) {
        String position = text(person.position());
        if (position.isEmpty()) {
            return name(person);
        }
        boolean shortTitle = !position.startsWith(MARK)
                && position.split("\\s+").length <= 3
                && position.chars().noneMatch(c -> ",;()".indexOf(c) >= 0);
        return shortTitle ? position + " " + name(person) : withPosition(person);
    }

    /** "Bai Jing (member of the Party committee, …)". */
    String withPosition(Person person) {
        String position = text(person.position());
        String name = name(person);
        if (position.isEmpty()) {
            return name;
        }
        // "Peng Rong (彭榕; Party Secretary …)": one pair of brackets after a name that already has its Chinese
        return name.endsWith(")")
                ? name.substring(0, name.length() - 1) + "; " + position + ")"
                : name + " (" + position + ")";
    }

    /** A title in quotation marks; marked for the translator, without quotation marks, where only Chinese is. */
    static String quoted(LocalizedText title) {
        String text = text(title);
        if (text.isEmpty()) {
            return null;
        }
        return text.startsWith(MARK) ? text : "\u201c" + text + "\u201d";
    }
}
