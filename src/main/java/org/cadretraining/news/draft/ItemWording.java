package org.cadretraining.news.draft;

import java.util.List;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.news.draft.CourseFacts.Item;
import org.cadretraining.news.draft.CourseFacts.Person;
import org.cadretraining.shared.LocalizedText;

/**
 * The wording of the agenda in one language. {@link AgendaWalk} decides which items are told, in what order and
 * how they are grouped; an implementation only says it in its language.
 */
interface ItemWording {

    /** A title or a description, as the sentence prints it: a title in its marks, a description bare. */
    record Told(String text, boolean title) {

        static boolean allTitles(List<Told> told) {
            return told.stream().allMatch(Told::title);
        }

        static List<String> texts(List<Told> told) {
            return told.stream().map(Told::text).toList();
        }
    }

    /** The text recorded in this language (the other language's where this one is blank), to decide on. */
    String raw(LocalizedText text);

    /** A description as printed: bare, or marked for the translator where it is in the other script. */
    String described(String raw);

    /** A title in the newsroom's marks; {@code work} for a lecture's or a material's title. */
    String titled(String raw, boolean work);

    /** A person at first mention, with their position. */
    String person(Person person);

    /** A person already introduced. */
    String name(Person person);

    String place(LocalizedText site);

    String list(List<String> items);

    String ceremonyName(Item ceremony);

    /** Who presided over the ceremony (null when no one is recorded) and who spoke at it. */
    String ceremony(String name, String presider, List<String> speakers);

    String spokeOn(String name, String topic);

    String sentences(List<String> sentences);

    /** One lecturer's part: what they lectured on, or null when neither they nor their item has a title. */
    String lecture(String lecturer, Told about);

    String lectures(List<String> given, List<Told> untaught);

    String fieldStudies(List<String> sites, List<Told> titles);

    String discussions(List<Told> themes);

    /** Self-study, exams, homework and the other items: each a sentence of its own kind. */
    String plain(AgendaItemType type, List<Told> items);
}
