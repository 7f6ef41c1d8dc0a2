package org.cadretraining.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.ApiCalls.postJson;
import static org.cadretraining.support.TestPrincipal.as;

import java.util.Set;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.AdjustableClock;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The review steps and the review setting under /api/v1: refusals are problem details with a sentence. */
@AccountWebTest
class NewsReviewApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    NewsDesk desk;

    @Autowired
    NewsReview review;

    @Autowired
    NewsColumns columns;

    @Autowired
    ReviewSettings settings;

    @Autowired
    AdjustableClock clock;

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
    void approvingYourOwnRevisionIsA403ProblemWithASentenceInTheCallersLanguage() {
        long id = desk.create(news.column, Language.zh, NewsFixture.text("自审", null, ""), editorAndReviewer)
                .id();
        assertThat(postJson(mvc, uri(id, "submit"), "", editorAndReviewer)).hasStatusOk();

        var refused = postJson(mvc, uri(id, "approve"), "{\"comment\":\"同意\"}", editorAndReviewer);
        assertThat(refused).hasStatus(403).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("您创建或修改过第 1 稿，不能审核通过它：须由没有写过这一稿的另一位审核人员审核。");
        assertThat(postJson(mvc, uri(id, "approve") + "?lang=en", "", editorAndReviewer))
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("You created or edited revision 1, so you cannot approve it: another reviewer who has"
                        + " not written it must review it.");
        assertThat(desk.get(id, news.editor).latest().status()).isEqualTo(RevisionStatus.SUBMITTED);
    }

    @Test
    void anApprovedRevisionWaitsForThePublisherWhoAloneMayPublishIt() {
        long id = news.approved("接口" + news.prefix);

        var view = mvc.get().uri(uri(id, "review")).with(as(news.reviewer)).exchange();
        assertThat(view)
                .bodyJson()
                .extractingPath("$.article.awaitingPublication")
                .isEqualTo(1);
        assertThat(view).bodyJson().extractingPath("$.offered").asArray().isEmpty();
        assertThat(view).bodyJson().extractingPath("$.reasons[0]").isEqualTo("只有新闻发布人员可以发布或撤下文章：您的账号没有“新闻发布”角色。");

        var refused = postJson(mvc, uri(id, "publish") + "?lang=en", "", news.reviewer);
        assertThat(refused).hasStatus(403);
        assertThat(refused)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("Only a news publisher can publish or take down an article: your account does not have"
                        + " the News publisher role.");

        var published = postJson(mvc, uri(id, "publish"), "", news.publisher);
        assertThat(published).hasStatusOk();
        assertThat(published).bodyJson().extractingPath("$.visible").isEqualTo(true);
        assertThat(published).bodyJson().extractingPath("$.liveRevision").isEqualTo(1);
    }

    @Test
    void aReleaseTimeOnApprovalIsA400NamingTheFieldWhereAPublisherPublishes() {
        long id = desk.create(news.column, Language.zh, NewsFixture.text("定时", null, ""), news.editor)
                .id();
        review.submit(id, news.editor);
        String later = "{\"releaseAt\":\"" + clock.instant().plusSeconds(3600) + "\"}";

        var refused = postJson(mvc, uri(id, "approve"), later, news.reviewer);
        assertThat(refused).hasStatus(400);
        assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("releaseAt");
        assertThat(refused).bodyJson().extractingPath("$.detail").asString().startsWith("审核通过时不能设定发布时间");
        assertThat(desk.get(id, news.editor).latest().status()).isEqualTo(RevisionStatus.SUBMITTED);

        settings.save(ReviewSetting.REVIEWER_PUBLISHES, "admin");
        var scheduled = postJson(mvc, uri(id, "approve"), later, news.reviewer);
        assertThat(scheduled).hasStatusOk();
        assertThat(scheduled).bodyJson().extractingPath("$.published").isEqualTo(true);
        assertThat(scheduled).bodyJson().extractingPath("$.visible").isEqualTo(false);
    }

    @Test
    void aStepTheArticlesStateDoesNotAllowIsA409() {
        long id = desk.create(news.column, Language.zh, NewsFixture.text("草稿", null, ""), news.editor)
                .id();

        var refused = postJson(mvc, uri(id, "approve"), "", news.reviewer);
        assertThat(refused).hasStatus(409);
        assertThat(refused).bodyJson().extractingPath("$.detail").isEqualTo("只有已提交的稿件可以审核。");
    }

    @Test
    void onlyTheAdministratorSetsWhoPublishesAndEveryRefusalIsASentence() {
        String on = "{\"reviewerPublishes\":true}";
        for (CurrentUser notAdministrator : new CurrentUser[] {news.publisher, news.reviewer, news.editor}) {
            var refused = mvc.put()
                    .uri("/api/v1/news/review-setting")
                    .with(as(notAdministrator))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(on)
                    .exchange();
            assertThat(refused).hasStatus(403);
            assertThat(refused).bodyJson().extractingPath("$.detail").isEqualTo("只有系统管理员可以更改新闻审核设置。");
        }
        assertThat(settings.current().reviewerPublishes()).isFalse();
        assertThat(mvc.get().uri("/api/v1/news/review-setting").with(as(news.editor)))
                .bodyJson()
                .extractingPath("$.reviewerPublishes")
                .isEqualTo(false);
        assertThat(mvc.get().uri("/api/v1/news/review-setting").with(as(TestPrincipal.cadre())))
                .hasStatus(403);

        var missing = mvc.put()
                .uri("/api/v1/news/review-setting?lang=en")
                .with(as(TestPrincipal.administrator()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .exchange();
        assertThat(missing).hasStatus(400);
        assertThat(missing).bodyJson().extractingPath("$.errors[0].field").isEqualTo("reviewerPublishes");

        assertThat(mvc.put()
                        .uri("/api/v1/news/review-setting")
                        .with(as(TestPrincipal.administrator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(on))
                .hasStatusOk();
        assertThat(settings.current().reviewerPublishes()).isTrue();
    }

    @Test
    void theOpenApiDocumentDescribesTheReviewStepsAndTheSetting() {
        assertThat(mvc.get().uri("/v3/api-docs").with(as(news.editor)))
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json)
                            .extractingPath("$.paths")
                            .asMap()
                            .containsKeys(
                                    "/api/v1/news/articles/{id}/review",
                                    "/api/v1/news/articles/{id}/approve",
                                    "/api/v1/news/articles/{id}/publish",
                                    "/api/v1/news/review-setting");
                    assertThat(json)
                            .extractingPath("$.components.schemas.ArticleState.properties")
                            .asMap()
                            .containsKeys("awaitingPublication", "liveRevision", "visible");
                });
    }

    private static String uri(long id, String step) {
        return "/api/v1/news/articles/" + id + "/" + step;
    }
}
