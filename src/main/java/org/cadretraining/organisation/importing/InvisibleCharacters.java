package org.cadretraining.organisation.importing;

/**
 * Characters a person cannot see in a cell but that make two values differ: zero-width spaces and joiners, byte
 * order marks, no-break spaces, direction marks, soft hyphens and control characters (line breaks and tabs are
 * visible in Excel and allowed). Pasted from web pages and chat programs, they would make a staff number or unit
 * code that looks right match nothing, so a row holding one is reported rather than kept without a word.
 */
final class InvisibleCharacters {

    private InvisibleCharacters() {}

    /** The first invisible character of a value as "U+200B", or {@code null} when there is none. */
    static String firstIn(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isInvisible(c)) {
                return "U+%04X".formatted((int) c);
            }
        }
        return null;
    }

    static boolean isInvisible(char c) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return false;
        }
        return Character.isISOControl(c)
                || c == '\u00A0'
                || c == '\u00AD'
                || c == '\u2007'
                || c == '\u202F'
                || c == '\uFEFF'
                || (c >= '\u200B' && c <= '\u200F')
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u2064')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
