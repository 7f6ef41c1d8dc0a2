package org.cadretraining.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Locale;
import java.util.Set;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;
import org.cadretraining.support.ApiCalls;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The review panel offers only the steps a person may take, says why for the others, and refuses the rest. */
@AccountWebTest
class NewsReviewPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MessageSource messages;

    @Autowired
    NewsDesk desk;

    @Autowired
    NewsReview review;

    @Autowired
    NewsColumns columns;

    @Autowired
    NewsPortal portal;

    @Autowired
    ReviewSettings settings;

    @Autowired
    org.cadretraining.account.AdjustableClock clock;

    NewsFixture news;
    final CurrentUser editorAndReviewer = TestPrincipal.user(Set.of(Role.NEWS_EDITOR, Role.NEWS_REVIEWER), null, null);

    @BeforeEach
    void newsroom() {
        news = new NewsFixture(desk, review, columns);
    }

    @AfterEach
    void separatePublisherAgain() {
        settings.save(ReviewSetting.PUBLISHER_PUBLISHES, "test");
    }

    @Test
    void anEditorWhoReviewsIsNotOfferedToApproveTheirOwnRevisionAndIsToldWhyInBothLanguages() {
        long id = desk.create(news.column, Language.zh, NewsFixture.text("自审", null, ""), editorAndReviewer)
                .id();
        review.submit(id, editorAndReviewer);

        assertThat(page(id, "", editorAndReviewer))
                .doesNotContain("btn-success")
                .contains("/news/desk/" + id + "/reject")
                .contains("您创建或修改过第 1 稿，不能审核通过它：须由没有写过这一稿的另一位审核人员审核。")
                .contains("本单位设置：审核通过后，由新闻发布人员发布。");
        assertThat(page(id, "?lang=en", editorAndReviewer))
                .contains("You created or edited revision 1, so you cannot approve it: another reviewer who has not"
                        + " written it must review it.");

        assertThat(post(id, "approve", editorAndReviewer))
                .hasStatus(403)
                .bodyText()
                .contains("您创建或修改过第 1 稿，不能审核通过它");
        assertThat(desk.get(id, news.editor).latest().status()).isEqualTo(RevisionStatus.SUBMITTED);
        assertThat(page(id, "", news.reviewer)).contains("btn-success", "/news/desk/" + id + "/approve");
    }

    /**
     * Published at a moment finer than the database keeps (700 ns past a microsecond, which PostgreSQL would round up
     * to a moment after it): readers see it at that very moment, and the panel does not offer to publish it again.
     */
    @Test
    void anArticlePublishedBetweenTwoMicrosecondsIsLiveAtOnce() {
        java.time.Instant before = clock.instant();
        try {
            clock.setTo(java.time.Instant.parse("2026-12-06T04:00:00.000000700Z"));
            long id = news.approved("微秒" + news.prefix);
            assertThat(post(id, "publish", news.publisher)).hasStatus3xxRedirection();
            assertThat(portal.visible(id)).isTrue();
            assertThat(page(id, "", news.publisher)).doesNotContain("/news/desk/" + id + "/publish\"");
        } finally {
            clock.setTo(before);
        }
    }

    @Test
    void anApprovedRevisionWaitsForAPublisherWhomThePanelOffersToPublishIt() {
        long id = news.approved("待发布" + news.prefix);

        assertThat(page(id, "", news.reviewer))
                .contains("第 1 稿已审核通过，等待新闻发布人员发布。")
                .contains("只有新闻发布人员可以发布或撤下文章：您的账号没有“新闻发布”角色。")
                .doesNotContain("/news/desk/" + id + "/publish");
        assertThat(page(id, "?lang=en", news.editor))
                .contains("Revision 1 is approved and waits for a news publisher to publish it.")
                .contains("Only a news publisher can publish or take down an article");
        assertThat(page(id, "", news.publisher)).contains("/news/desk/" + id + "/publish", "发布第 1 稿");

        assertThat(mvc.post()
                        .uri("/news/desk/{id}/publish", id)
                        .with(as(news.publisher))
                        .with(csrf())
                        .param("releaseAt", "明天"))
                .as("a release time no form sends comes back to the article with the reason")
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("problem", "news.publish.releaseAtUnreadable");
        assertThat(portal.visible(id)).isFalse();
        assertThat(post(id, "publish", news.publisher)).hasStatus3xxRedirection();
        assertThat(portal.visible(id)).isTrue();
        assertThat(page(id, "", news.reviewer)).doesNotContain("等待新闻发布人员发布", "只有新闻发布人员可以发布");
        assertThat(page(id, "", news.publisher))
                .as("the live revision is not offered for publishing again, only for taking down")
                .doesNotContain("/news/desk/" + id + "/publish\"")
                .contains("/news/desk/" + id + "/unpublish");
    }

    @Test
    void whereTheReviewerPublishesTheApprovalFormSaysSoCarriesTheReleaseTimeAndPublishes() {
        settings.save(ReviewSetting.REVIEWER_PUBLISHES, "admin");
        long id = desk.create(news.column, Language.zh, NewsFixture.text("审核即发布", null, ""), news.editor)
                .id();
        review.submit(id, news.editor);

        assertThat(page(id, "", news.reviewer)).contains("通过并发布", "name=\"releaseAt\"", "本单位设置：审核通过即发布，由审核人员完成发布。");
        assertThat(page(id, "?lang=en", news.reviewer)).contains("Approve and publish");

        assertThat(post(id, "approve", news.reviewer)).hasStatus3xxRedirection();
        assertThat(portal.visible(id)).isTrue();
    }

    @Test
    void eachRoleIsRefusedAnotherRolesStepOnThePageWithASentenceAndNothingChanges() {
        long inReview = news.approved("退回" + news.prefix);
        desk.edit(inReview, news.column, NewsFixture.text("第二稿", null, ""), news.editor);
        review.submit(inReview, news.editor);

        assertThat(post(inReview, "approve", news.publisher))
                .hasStatus(403)
                .bodyText()
                .contains("只有新闻审核人员可以审核通过或退回稿件：您的账号没有“新闻审核”角色。");
        assertThat(post(inReview, "reject", news.editor)).hasStatus(403);
        assertThat(post(inReview, "publish", news.reviewer))
                .hasStatus(403)
                .bodyText()
                .contains("只有新闻发布人员可以发布或撤下文章");
        assertThat(mvc.post()
                        .uri("/news/desk/{id}/publish?lang=en", inReview)
                        .with(as(news.editor))
                        .with(csrf()))
                .hasStatus(403)
                .bodyText()
                .contains("Only a news publisher can publish or take down an article: your account does not have"
                        + " the News publisher role.");
        assertThat(post(inReview, "submit", news.reviewer))
                .hasStatus(403)
                .bodyText()
                .contains("只有新闻编辑可以提交稿件审核");
        assertThat(desk.get(inReview, news.editor).latest().status()).isEqualTo(RevisionStatus.SUBMITTED);
        assertThat(portal.visible(inReview)).isFalse();
    }

    @Test
    void aCommentTooLongComesBackToTheArticleWithItsLengthInTheSentence() {
        long id = news.approved("长意见" + news.prefix);
        desk.edit(id, news.column, NewsFixture.text("第二稿", null, ""), news.editor);
        review.submit(id, news.editor);

        var refused = mvc.post()
                .uri("/news/desk/{id}/reject", id)
                .with(as(news.reviewer))
                .with(csrf())
                .param("comment", "改".repeat(2001))
                .exchange();
        assertThat(refused).hasStatus3xxRedirection().flash().containsEntry("problem", "news.review.commentTooLong");
        Object[] arguments = (Object[]) refused.getMvcResult().getFlashMap().get("problemArguments");
        // the page shows the flashed key with its arguments, as the column form does
        assertThat(messages.getMessage("news.review.commentTooLong", arguments, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("意见最多 2000 个字，现在有 2001 个字。");
        assertThat(messages.getMessage("news.review.commentTooLong", arguments, Locale.ENGLISH))
                .isEqualTo("A comment may have at most 2000 characters; this one has 2001.");
        assertThat(desk.get(id, news.editor).latest().status()).isEqualTo(RevisionStatus.SUBMITTED);
    }

    private String page(long id, String query, CurrentUser user) {
        return ApiCalls.body(
                mvc.get().uri("/news/desk/" + id + query).with(as(user)).exchange());
    }

    private MvcTestResult post(long id, String step, CurrentUser user) {
        return mvc.post()
                .uri("/news/desk/{id}/{step}", id, step)
                .with(as(user))
                .with(csrf())
                .exchange();
    }
}
