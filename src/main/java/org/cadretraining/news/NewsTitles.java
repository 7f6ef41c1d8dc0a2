package org.cadretraining.news;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Cuts a title longer than the display length, as the seed page does ("...Competition i..."). The length counts
 * characters as a reader sees them (a Chinese character is one), not bytes.
 */
@Component("newsTitles")
class NewsTitles {

    private final int displayLength;

    NewsTitles(@Value("${app.news.title-display-length:77}") int displayLength) {
        this.displayLength = displayLength;
    }

    public String cut(String title) {
        if (title == null || title.codePointCount(0, title.length()) <= displayLength) {
            return title;
        }
        int end = title.offsetByCodePoints(0, displayLength);
        return title.substring(0, end) + "...";
    }
}
