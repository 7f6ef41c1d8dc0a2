package org.cadretraining.evaluation;

import java.io.Serializable;
import org.cadretraining.shared.LocalizedText;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;

/** A bilingual text (a question, an item's title) as a message argument, resolved to the reader's language. */
record TextArgument(LocalizedText text) implements MessageSourceResolvable, Serializable {

    @Override
    public String[] getCodes() {
        return null;
    }

    @Override
    public String getDefaultMessage() {
        return text.in(LocaleContextHolder.getLocale());
    }

    @Override
    public String toString() {
        return getDefaultMessage();
    }
}
