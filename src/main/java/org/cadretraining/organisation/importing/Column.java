package org.cadretraining.organisation.importing;

import java.util.List;
import java.util.Locale;

/** A column an import file may have, known by its key and by the headings people give it in Chinese and English. */
interface Column {

    /** The English heading, also used to name the column in reports and message keys. */
    String key();

    boolean required();

    /** The column's place in its kind's list of columns (enums provide it). */
    int ordinal();

    int maxLength();

    /** Chinese headings first: the first one is used in the Chinese template. */
    List<String> headings();

    default String templateHeading(Locale locale) {
        return "en".equals(locale.getLanguage()) ? key() : headings().getFirst();
    }

    default boolean isNamed(String normalizedHeading) {
        if (normalize(key()).equals(normalizedHeading)) {
            return true;
        }
        return headings().stream().anyMatch(h -> normalize(h).equals(normalizedHeading));
    }

    /**
     * Headings are compared loosely: case, spaces, hyphens, underscores, full-width brackets, a byte order mark and
     * a trailing asterisk (a common "required" marker) make no difference.
     */
    static String normalize(String heading) {
        if (heading == null) {
            return "";
        }
        return heading.replace("\uFEFF", "")
                .replace('（', '(')
                .replace('）', ')')
                .replace("*", "")
                .strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_\\-]+", "_")
                .replaceAll("^_|_$", "");
    }
}
