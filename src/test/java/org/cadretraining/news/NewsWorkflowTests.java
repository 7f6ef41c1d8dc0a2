package org.cadretraining.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.AdjustableClock;
import org.cadretraining.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AccountWebTest
class NewsWorkflowTests {

    @Autowired
    NewsDesk desk;

    @Autowired
    NewsReview review;

    @Autowired
    NewsColumns columns;

    @Autowired
    NewsPortal portal;

    @Autowired
    AdjustableClock clock;

    NewsFixture news;

    @BeforeEach
    void newsroom() {
        news = new NewsFixture(desk, review, columns);
    }

    /** The editor sees the body again as written: the sanitiser's character references are only for markup. */
    @Test
    void chinesePunctuationAndQuotesAreKeptAsWrittenWhileMarkupStaysEscaped() {
        String body = "<p>时间：3月17日至19日，“两个确立”——《讲话》（全文）；好！</p><p>1 &lt; 2 &amp; &quot;x&quot;</p>";

        long id = desk.create(news.column, Language.zh, NewsFixture.text("标点", null, body), news.editor)
                .id();

        String saved = desk.get(id, news.editor)
                .latest()
                .translation(Language.zh)
                .orElseThrow()
                .bodyHtml();
        assertThat(saved).contains("时间：3月17日至19日，“两个确立”——《讲话》（全文）；好！").doesNotContain("&#x");
        assertThat(saved).contains("1 &lt; 2 &amp; ");
    }

    @Test
    void aBodyIsSanitisedOnSaveKeepingImagesLinksAndTables() {
        String body = """
                <p onclick="steal()">正文<script>alert(1)</script></p>
                <a href="javascript:alert(2)">坏链接</a>
                <a href="https://www.sit.edu.cn/">好链接</a>
                <img src="https://www.sit.edu.cn/a.jpg" alt="合影" onerror="steal()">
                <table><tr><td colspan="2">表格</td></tr></table>
                <iframe src="https://evil.example/"></iframe>
                """;

        long id = desk.create(news.column, Language.zh, NewsFixture.text("净化", null, body), news.editor)
                .id();

        String saved = desk.get(id, news.editor)
                .latest()
                .translation(Language.zh)
                .orElseThrow()
                .bodyHtml();
        assertThat(saved)
                .doesNotContain("<script", "onclick", "onerror", "javascript:", "iframe", "alert(")
                .contains("正文", "href=\"https://www.sit.edu.cn/\"", "<img", "alt=\"合影\"", "<table", "<td");
    }

    @Test
    void anArticleGoesFromDraftThroughReviewToThePortal() {
        long id = desk.create(
                        news.column, Language.zh, NewsFixture.text("培训班", "Training course", "<p>x</p>"), news.editor)
                .id();
        assertThat(portal.visible(id)).isFalse();

        review.submit(id, news.editor);
        assertThatThrownBy(() -> review.reject(id, " ", news.reviewer))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("news.review.commentRequired"));
        review.reject(id, "请补充参训人数", news.reviewer);
        desk.edit(id, news.column, NewsFixture.text("培训班（修改）", "Training course", "<p>20人</p>"), news.editor);
        review.submit(id, news.editor);
        review.approve(id, "同意", news.reviewer);
        assertThat(portal.visible(id)).isFalse();
        review.publish(id, null, news.publisher);

        NewsArticle article = desk.get(id, news.editor);
        assertThat(article.revisions())
                .extracting(Revision::number, Revision::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, RevisionStatus.REJECTED),
                        org.assertj.core.groups.Tuple.tuple(2, RevisionStatus.APPROVED));
        assertThat(portal.article(id, Language.zh).orElseThrow().text().title()).isEqualTo("培训班（修改）");
        assertThat(portal.article(id, Language.en).orElseThrow().text().translator())
                .isEqualTo("Basic Courses Department");
    }

    /** By default approval is not publication: the new revision replaces the live one when a publisher publishes it. */
    @Test
    void editingAPublishedArticleKeepsTheLiveRevisionUntilAPublisherPublishesTheNewOne() {
        long id = news.published("原标题");
        var released = desk.get(id, news.editor).publication().releaseAt();
        clock.advance(Duration.ofHours(1));

        desk.edit(id, news.column, NewsFixture.text("新标题", null, "<p>新</p>"), news.editor);
        review.submit(id, news.editor);
        assertThat(portal.article(id, Language.zh).orElseThrow().text().title()).isEqualTo("原标题");

        review.approve(id, null, news.reviewer);
        assertThat(portal.article(id, Language.zh).orElseThrow().text().title())
                .as("approved, not yet published")
                .isEqualTo("原标题");
        assertThat(desk.get(id, news.editor).awaitingPublication())
                .map(Revision::number)
                .contains(2);

        review.publish(id, null, news.publisher);
        assertThat(portal.article(id, Language.zh).orElseThrow().text().title()).isEqualTo("新标题");
        NewsArticle article = desk.get(id, news.editor);
        assertThat(article.revisions()).hasSize(2);
        assertThat(article.awaitingPublication()).isEmpty();
        assertThat(article.publication().releaseAt())
                .as("an update keeps the article's place in its column")
                .isEqualTo(released);
    }

    @Test
    void eachStepNeedsItsOwnRoleAndNoOneReviewsTheirOwnRevision() {
        long id = desk.create(news.column, Language.zh, NewsFixture.text("角色", null, ""), news.editor)
                .id();
        assertThatThrownBy(() -> review.submit(id, news.reviewer))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("news.rights.NEWS_EDITOR"));
        review.submit(id, news.editor);
        assertThatThrownBy(() -> review.approve(id, null, news.editor))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("news.rights.NEWS_REVIEWER"));
        assertThatThrownBy(() -> review.publish(id, null, news.publisher))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("news.publish.notApproved"));

        var writerAndReviewer = org.cadretraining.support.TestPrincipal.user(
                java.util.Set.of(
                        org.cadretraining.shared.Role.NEWS_EDITOR, org.cadretraining.shared.Role.NEWS_REVIEWER),
                null,
                null);
        long own = desk.create(news.column, Language.zh, NewsFixture.text("自审", null, ""), writerAndReviewer)
                .id();
        review.submit(own, writerAndReviewer);
        assertThatThrownBy(() -> review.approve(own, null, writerAndReviewer))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("news.rights.ownRevision"));
    }

    @Test
    void aScheduledArticleAppearsWhenItsReleaseTimeComes() {
        long id = news.approved("定时发布");

        review.publish(id, clock.instant().plus(Duration.ofHours(2)), news.publisher);
        assertThat(portal.visible(id)).isFalse();

        clock.advance(Duration.ofHours(2));
        assertThat(portal.visible(id)).isTrue();
    }

    @Test
    void previousAndNextFollowReleaseTimeThenIdAndSkipWhatReadersCannotSee() {
        var release = clock.instant().minus(Duration.ofDays(1));
        long first = news.approved("一");
        long second = news.approved("二");
        long hidden = news.approved("未发布");
        long third = news.approved("三");
        // first, second and third share one release time: the id decides their order
        review.publish(first, release, news.publisher);
        review.publish(second, release, news.publisher);
        review.publish(third, release, news.publisher);

        var middle = portal.article(second, Language.zh).orElseThrow();
        assertThat(middle.previous().id()).isEqualTo(first);
        assertThat(middle.next().id()).isEqualTo(third);
        assertThat(portal.article(first, Language.zh).orElseThrow().previous()).isNull();
        assertThat(portal.article(third, Language.zh).orElseThrow().next()).isNull();
        assertThat(portal.visible(hidden)).isFalse();

        review.unpublish(second, "撤稿", news.publisher);
        assertThat(portal.article(first, Language.zh).orElseThrow().next().id()).isEqualTo(third);
    }
}
