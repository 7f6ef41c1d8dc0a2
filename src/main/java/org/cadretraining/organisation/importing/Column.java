package org.cadretraining.organisation.importing;

import java.util.List;
import java.util.Locale;

/** A column an import file may have, known by its key and by the headings people give it in Chinese and English. */
interface Column {

    /**
     * What describes a column: its English heading {@code key} (also used in reports and message keys), whether a
     * value is required, its longest value, and its headings with the Chinese ones first (the first is used in the
     * Chinese template).
     */
    record Spec(String key, boolean required, int maxLength, List<String> headings) {

        Spec(String key, boolean required, int maxLength, String... headings) {
            this(key, required, maxLength, List.of(headings));
        }
    }

    Spec spec();

    /** The column's place in its kind's list of columns (enums provide it). */
    int ordinal();

    default String key() {
        return spec().key();
    }

    default boolean required() {
        return spec().required();
    }

    default int maxLength() {
        return spec().maxLength();
    }

    default List<String> headings() {
        return spec().headings();
    }

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
