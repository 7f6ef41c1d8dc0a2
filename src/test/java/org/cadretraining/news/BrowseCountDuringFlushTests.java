package org.cadretraining.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.cadretraining.account.AccountWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A flush takes the views out of memory and then writes them to the database. A reading of the count that a flush
 * overlaps (stored count read before the write, views in memory read after they left) would dip; it is taken again.
 */
@AccountWebTest
class BrowseCountDuringFlushTests {

    @Autowired
    NewsDesk desk;

    @Autowired
    NewsReview review;

    @Autowired
    NewsColumns columns;

    @Autowired
    BrowseCounter counter;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCountReadAcrossAFlushIsTakenAgainAndDoesNotDip() {
        long id = new NewsFixture(desk, review, columns).published("计数");
        counter.flush();
        long before = stored(id);
        counter.count(id);
        counter.count(id);
        counter.count(id);
        AtomicBoolean first = new AtomicBoolean(true);

        long shown = counter.current(id, () -> {
            long stored = stored(id);
            if (first.getAndSet(false)) {
                counter.flush(); // the flush happens between the two halves of the reading
            }
            return stored;
        });

        assertThat(shown).isEqualTo(before + 3);
        assertThat(stored(id)).isEqualTo(before + 3);
    }

    private long stored(long id) {
        return jdbc.sql("select browse_count from news_article where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }
}
