package org.cadretraining.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.AdjustableClock;
import org.cadretraining.support.ApiCalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The portal's feeds date an article as the institution does (Asia/Shanghai): published at 23:14 UTC on 5 December,
 * it is released on 6 December at 07:14 in Beijing, and the Atom feed and the sitemap say so, not UTC's day and hour.
 */
@AccountWebTest
class PortalFeedTimeTests {

    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-12-05T23:14:00Z");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    NewsDesk desk;

    @Autowired
    NewsReview review;

    @Autowired
    NewsColumns columns;

    @Autowired
    AdjustableClock clock;

    NewsFixture news;
    Instant before;

    @BeforeEach
    void newsroom() {
        before = clock.instant();
        news = new NewsFixture(desk, review, columns);
    }

    /** The clock is shared by every test of the context. */
    @AfterEach
    void putTheClockBack() {
        clock.setTo(before);
    }

    @Test
    void theAtomFeedAndTheSitemapShowTheReleaseInTheInstitutionsTimeNotUtc() {
        clock.setTo(LATE_EVENING_UTC);
        long id = news.published("晚间发布" + news.prefix);
        clock.advance(Duration.ofMinutes(1));

        MvcTestResult feed =
                mvc.get().uri("/news/columns/c-" + news.prefix + "/feed.atom").exchange();
        assertThat(feed).hasStatusOk();
        assertThat(ApiCalls.body(feed))
                .contains("<published>2026-12-06T07:14:00+08:00</published>")
                .contains("<updated>2026-12-06T07:14:00+08:00</updated>")
                .doesNotContain("2026-12-05T23:14")
                .contains("晚间发布" + news.prefix);

        String sitemap = ApiCalls.body(mvc.get().uri("/sitemap.xml").exchange());
        assertThat(sitemap)
                .contains("<loc>http://localhost/news/articles/" + id + "</loc><lastmod>2026-12-06</lastmod>");
    }
}
