package org.cadretraining.report;

import java.util.List;
import java.util.Locale;
import org.cadretraining.shared.LocalizedText;

/**
 * One line of a panel: what it is about (a course, an item, a requirement), a sentence from the bundle with its
 * arguments, where to act on it, and a share for a progress bar where one fits.
 */
record PanelRow(LocalizedText label, String detailKey, List<Object> detailArgs, String link, Integer percent) {

    PanelRow {
        detailArgs = List.copyOf(detailArgs);
    }

    static PanelRow of(LocalizedText label, String detailKey, String link, Object... args) {
        return new PanelRow(label, detailKey, List.of(args), link, null);
    }

    PanelRow withPercent(int percent) {
        return new PanelRow(label, detailKey, detailArgs, link, percent);
    }

    /** The sentence's arguments for a reader of {@code locale}: bilingual names in their language. */
    public Object[] args(Locale locale) {
        return detailArgs.stream()
                .map(arg -> arg instanceof LocalizedText text ? text.in(locale) : arg)
                .toArray();
    }
}
