package org.cadretraining.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one rule for staff numbers or names pasted into a text box: one a line, as a spreadsheet column is copied, or
 * several on a line separated by tabs, commas, semicolons, 、 (ASCII or full width) or spaces. A space inside an
 * English name ("Hu Xiaomei") is kept, and so is one padding a two-character Chinese name ("王　五", as name lists
 * align them); blank lines and spaces around an entry, full-width and no-break ones included, are ignored.
 */
public final class PastedNames {

    private static final Pattern SEPARATORS = Pattern.compile("[\\t,，;；、]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000\\uFEFF]+");
    /** A word of a name in Latin letters: with its neighbours of the same kind, one name. */
    private static final Pattern LATIN_WORD = Pattern.compile("[\\p{IsLatin}'.\\-]+");

    private PastedNames() {}

    /** The entries of the pasted text, in order, each stripped; none for a blank or null text. */
    public static List<String> split(String text) {
        List<String> entries = new ArrayList<>();
        if (text == null) {
            return entries;
        }
        for (String line : text.split("\\R")) {
            for (String part : SEPARATORS.split(line)) {
                entries.addAll(words(part));
            }
        }
        return entries;
    }

    /** A part between separators split at its spaces, the words of one name joined again. */
    private static List<String> words(String part) {
        List<String> entries = new ArrayList<>();
        String previous = null;
        for (String word : SPACES.split(part)) {
            if (word.isEmpty()) {
                continue;
            }
            if (previous != null && oneName(previous, word)) {
                String joined = entries.removeLast() + (LATIN_WORD.matcher(word).matches() ? " " : "") + word;
                entries.add(joined);
            } else {
                entries.add(word);
            }
            previous = word;
        }
        return entries;
    }

    /** Two words of one English name, or the two characters of a Chinese name padded to align. */
    private static boolean oneName(String previous, String word) {
        return (LATIN_WORD.matcher(previous).matches()
                        && LATIN_WORD.matcher(word).matches())
                || (singleHan(previous) && singleHan(word));
    }

    private static boolean singleHan(String word) {
        return word.codePointCount(0, word.length()) == 1
                && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}
