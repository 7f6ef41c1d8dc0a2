package org.cadretraining.course;

import java.io.Serializable;
import org.cadretraining.shared.LocalizedText;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A bilingual text (a course or item title) as an argument of a message: the message source resolves it, like any
 * other resolvable argument, to the text in the reader's language.
 */
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
