package org.cadretraining.news.draft;

import java.util.regex.Pattern;

/**
 * Whether a text is Latin-script prose rather than Chinese: the Chinese draft cannot print it and marks it for the
 * translator. An acronym in a Chinese name ("SIT 党委", "5G") is not prose; a word in lower case is.
 */
final class Latin {

    private static final Pattern LATIN_LETTER = Pattern.compile("\\p{IsLatin}");
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("\\p{IsLatin}*\\p{Ll}{2}");

    private Latin() {}

    /** Latin letters and no Chinese ("Room 610, Wenke Building"), or Chinese with Latin words in it. */
    static boolean prose(String text) {
        if (Han.in(text)) {
            return LOWER_CASE_WORD.matcher(text).find();
        }
        return LATIN_LETTER.matcher(text).find();
    }
}
