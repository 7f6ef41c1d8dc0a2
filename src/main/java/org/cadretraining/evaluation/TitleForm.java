package org.cadretraining.evaluation;

import org.cadretraining.shared.LocalizedText;

/** A template's title in both languages. */
record TitleForm(String titleZh, String titleEn) {

    LocalizedText toText() {
        return new LocalizedText(titleZh, titleEn);
    }
}
