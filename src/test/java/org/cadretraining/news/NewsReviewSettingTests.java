package org.cadretraining.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.AdjustableClock;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The institution's review setting: by default approval waits for a publisher, who alone sets a release time; where
 * the reviewer publishes, approval makes the revision live (or schedules it), and still no one approves their own.
 */
@AccountWebTest
class NewsReviewSettingTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    NewsDesk desk;

    @Autowired
    NewsReview review;

    @Autowired
    NewsColumns columns;

    @Autowired
    NewsPortal portal;

    @Autowired
    NewsDeskList list;

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
    void whereTheReviewerPublishesApprovalMakesTheRevisionAndLaterRevisionsLive() {
        settings.save(ReviewSetting.REVIEWER_PUBLISHES, "admin");
        long id = submitted("审核即发布");

        review.approve(id, null, news.reviewer);
        assertThat(portal.visible(id)).isTrue();
        assertThat(list.history(id))
                .filteredOn(step -> step.action().equals("PUBLISHED"))
                .extracting(NewsDeskList.Step::actor)
                .containsExactly(news.reviewer.username());

        desk.edit(id, news.column, NewsFixture.text("审核即更新", null, "<p>新</p>"), news.editor);
        review.submit(id, news.editor);
        review.approve(id, null, news.reviewer);
        assertThat(portal.article(id, Language.zh).orElseThrow().text().title()).isEqualTo("审核即更新");
    }

    @Test
    void whereTheReviewerPublishesApprovalWithAReleaseTimeSchedulesIt() {
        settings.save(ReviewSetting.REVIEWER_PUBLISHES, "admin");
        long id = submitted("审核定时");

        review.approve(id, null, clock.instant().plus(Duration.ofHours(3)), news.reviewer);
        assertThat(portal.visible(id)).isFalse();
        assertThat(actions(id)).containsSubsequence("APPROVED", "SCHEDULED");

        clock.advance(Duration.ofHours(3));
        assertThat(portal.visible(id)).isTrue();
    }

    @Test
    void whereAPublisherPublishesAReleaseTimeOnApprovalIsRefusedAndNothingChanges() {
        long id = submitted("不能定时");

        assertThatThrownBy(() -> review.approve(id, null, clock.instant().plus(Duration.ofHours(1)), news.reviewer))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(e.field()).isEqualTo("releaseAt");
                    assertThat(e.messageKey()).isEqualTo("news.review.releaseAtIsThePublishers");
                });
        assertThat(desk.get(id, news.editor).latest().status()).isEqualTo(RevisionStatus.SUBMITTED);
        assertThat(actions(id)).containsExactly("CREATED", "SUBMITTED");
    }

    /** The setting takes away the publisher's step, not the rule: no one puts their own writing live. */
    @Test
    void whereTheReviewerPublishesAnEditorWhoReviewsStillCannotApproveTheirOwnRevision() {
        settings.save(ReviewSetting.REVIEWER_PUBLISHES, "admin");
        long id = desk.create(news.column, Language.zh, NewsFixture.text("自己发布", null, ""), editorAndReviewer)
                .id();
        review.submit(id, editorAndReviewer);

        assertThatThrownBy(() -> review.approve(id, null, editorAndReviewer))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
                    assertThat(e.messageKey()).isEqualTo("news.rights.ownRevision");
                });
        assertThat(portal.visible(id)).isFalse();
        assertThat(actions(id)).containsExactly("CREATED", "SUBMITTED");
    }

    @Test
    void theDefaultIsASeparatePublishingStepAndTheLatestSavedSettingIsInForce() {
        assertThat(settings.current()).isEqualTo(ReviewSetting.PUBLISHER_PUBLISHES);
        settings.save(ReviewSetting.REVIEWER_PUBLISHES, "admin");
        assertThat(settings.current()).isEqualTo(ReviewSetting.REVIEWER_PUBLISHES);
    }

    @Test
    void theSettingPageIsTheAdministratorsToChangeAndTheNewsroomsToRead() {
        assertThat(mvc.post()
                        .uri("/news/review-setting")
                        .with(as(news.publisher))
                        .with(csrf())
                        .param("publishedBy", "reviewer"))
                .hasStatus(403)
                .bodyText()
                .contains("只有系统管理员可以更改新闻审核设置。");
        assertThat(mvc.post()
                        .uri("/news/review-setting")
                        .with(as(TestPrincipal.administrator()))
                        .with(csrf())
                        .param("publishedBy", "everyone"))
                .hasStatus(400)
                .bodyText()
                .contains("请选择审核通过后由谁发布");
        assertThat(settings.current().reviewerPublishes()).isFalse();
        assertThat(mvc.get().uri("/news/review-setting").with(as(news.editor)))
                .hasStatusOk()
                .bodyText()
                .contains("只有系统管理员可以更改此设置。");

        assertThat(mvc.post()
                        .uri("/news/review-setting")
                        .with(as(TestPrincipal.administrator()))
                        .with(csrf())
                        .param("publishedBy", "reviewer"))
                .hasStatus3xxRedirection();
        assertThat(settings.current().reviewerPublishes()).isTrue();
    }

    private long submitted(String title) {
        long id = desk.create(news.column, Language.zh, NewsFixture.text(title + news.prefix, null, ""), news.editor)
                .id();
        review.submit(id, news.editor);
        return id;
    }

    private List<String> actions(long id) {
        return list.history(id).stream().map(NewsDeskList.Step::action).toList();
    }
}
