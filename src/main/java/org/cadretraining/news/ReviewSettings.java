package org.cadretraining.news;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review setting in force: the latest version saved on the setting's page, or {@code app.news.reviewer-publishes}
 * (false by default: a separate publishing step) until someone saves one. Read from the database each time, so every
 * node of a cluster applies the same rule.
 */
@Component
class ReviewSettings {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ReviewSetting defaults;

    ReviewSettings(
            JdbcClient jdbc, Clock clock, @Value("${app.news.reviewer-publishes:false}") boolean reviewerPublishes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.defaults = new ReviewSetting(reviewerPublishes);
    }

    @Transactional(readOnly = true)
    ReviewSetting current() {
        return jdbc.sql("select reviewer_publishes from news_review_setting_version order by id desc limit 1")
                .query((rs, n) -> new ReviewSetting(rs.getBoolean(1)))
                .optional()
                .orElse(defaults);
    }

    @Transactional
    void save(ReviewSetting setting, String by) {
        jdbc.sql("insert into news_review_setting_version (reviewer_publishes, saved_at, saved_by) values (?, ?, ?)")
                .params(setting.reviewerPublishes(), Timestamp.from(clock.instant()), by)
                .update();
    }
}
