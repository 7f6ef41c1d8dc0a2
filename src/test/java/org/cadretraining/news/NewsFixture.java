package org.cadretraining.news;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.shared.Role;
import org.cadretraining.support.TestPrincipal;

/** A column of its own per test and the three newsroom roles, each a different person. */
class NewsFixture {

    final String prefix = UUID.randomUUID().toString().substring(0, 8);
    final CurrentUser editor = TestPrincipal.user(Set.of(Role.NEWS_EDITOR), null, null);
    final CurrentUser reviewer = TestPrincipal.user(Set.of(Role.NEWS_REVIEWER), null, null);
    final CurrentUser publisher = TestPrincipal.user(Set.of(Role.NEWS_PUBLISHER), null, null);
    final NewsDesk desk;
    final NewsReview review;
    final long column;

    NewsFixture(NewsDesk desk, NewsReview review, NewsColumns columns) {
        this.desk = desk;
        this.review = review;
        this.column = columns.create("c-" + prefix, new LocalizedText("新闻" + prefix, "News " + prefix), null, 0);
    }

    /** For tests that only write drafts: the column and the people, no review. */
    NewsFixture(NewsDesk desk, NewsColumns columns) {
        this(desk, null, columns);
    }

    static Map<Language, Translation> text(String zhTitle, String enTitle, String body) {
        Map<Language, Translation> content = new EnumMap<>(Language.class);
        content.put(Language.zh, new Translation(Language.zh, zhTitle, "", body, "", "", ""));
        if (enTitle != null) {
            content.put(
                    Language.en, new Translation(Language.en, enTitle, "", body, "", "", "Basic Courses Department"));
        }
        return content;
    }

    /** An article taken through the whole workflow and published at once (a separate publisher, as by default). */
    long published(String title) {
        long id = approved(title);
        review.publish(id, null, publisher);
        return id;
    }

    /** An article whose first revision a reviewer approved; where a publisher publishes, it is not on the portal. */
    long approved(String title) {
        long id = desk.create(column, Language.zh, text(title, title + " (en)", "<p>" + title + "</p>"), editor)
                .id();
        review.submit(id, editor);
        review.approve(id, null, reviewer);
        return id;
    }
}
