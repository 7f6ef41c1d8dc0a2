package org.cadretraining.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review rules with people who hold two roles: no one approves a revision they created or edited, and an
 * approved revision goes live by a publisher's step unless the institution's setting says the reviewer publishes.
 */
@AccountWebTest
class NewsReviewRulesTests {

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

    NewsFixture news;
    final CurrentUser editorAndReviewer = person(Role.NEWS_EDITOR, Role.NEWS_REVIEWER);
    final CurrentUser reviewerAndPublisher = person(Role.NEWS_REVIEWER, Role.NEWS_PUBLISHER);

    @BeforeEach
    void newsroom() {
        news = new NewsFixture(desk, review, columns);
    }

    @AfterEach
    void separatePublisherAgain() {
        settings.save(ReviewSetting.PUBLISHER_PUBLISHES, "test");
    }

    @Test
    void anEditorWhoAlsoReviewsCannotApproveARevisionTheyOnlyEditedButAnotherReviewerCan() {
        long id = draft("他人创建");
        desk.edit(id, news.column, NewsFixture.text("我来修改", null, "<p>改</p>"), editorAndReviewer);
        review.submit(id, news.editor);

        assertRefused(() -> review.approve(id, "同意", editorAndReviewer), "news.rights.ownRevision");
        assertThat(desk.get(id, news.editor).latest().status()).isEqualTo(RevisionStatus.SUBMITTED);
        assertThat(actions(id)).doesNotContain("APPROVED");

        review.approve(id, "同意", news.reviewer);
        assertThat(desk.get(id, news.editor).latest().status()).isEqualTo(RevisionStatus.APPROVED);
    }

    /** Editors are counted per revision: writing the first one does not bar reviewing the second. */
    @Test
    void whoWroteAnEarlierRevisionMayApproveALaterOneWrittenByOthers() {
        long id = desk.create(news.column, Language.zh, NewsFixture.text("第一稿", null, ""), editorAndReviewer)
                .id();
        review.submit(id, editorAndReviewer);
        review.approve(id, null, news.reviewer);
        review.publish(id, null, news.publisher);
        desk.edit(id, news.column, NewsFixture.text("第二稿", null, ""), news.editor);
        review.submit(id, news.editor);

        review.approve(id, null, editorAndReviewer);

        assertThat(desk.get(id, news.editor).latest().status()).isEqualTo(RevisionStatus.APPROVED);
    }

    @Test
    void aReviewerWhoIsAlsoAPublisherApprovesAndThenMustPublishAsAStepOfItsOwn() {
        long id = submitted("两步");

        review.approve(id, null, reviewerAndPublisher);
        assertThat(portal.visible(id)).as("approved, not published").isFalse();
        assertThat(desk.get(id, news.editor).awaitingPublication()).isPresent();

        review.publish(id, null, reviewerAndPublisher);
        assertThat(portal.visible(id)).isTrue();
        assertThat(actions(id)).containsSubsequence("APPROVED", "PUBLISHED");
    }

    @Test
    void eachRoleIsRefusedTheOthersStepsWithItsOwnSentenceAndNothingChanges() {
        long inReview = submitted("他人的步骤");
        long approved = news.approved("待发布" + news.prefix);

        assertRefused(() -> review.submit(inReview, news.publisher), "news.rights.NEWS_EDITOR");
        for (CurrentUser notReviewer : List.of(news.editor, news.publisher)) {
            assertRefused(() -> review.approve(inReview, null, notReviewer), "news.rights.NEWS_REVIEWER");
            assertRefused(() -> review.reject(inReview, "退回", notReviewer), "news.rights.NEWS_REVIEWER");
        }
        for (CurrentUser notPublisher : List.of(news.editor, news.reviewer, editorAndReviewer)) {
            assertRefused(() -> review.publish(approved, null, notPublisher), "news.rights.NEWS_PUBLISHER");
        }
        long live = news.published("已发布" + news.prefix);
        for (CurrentUser notPublisher : List.of(news.editor, news.reviewer)) {
            assertRefused(() -> review.unpublish(live, "撤下", notPublisher), "news.rights.NEWS_PUBLISHER");
        }
        assertThat(portal.visible(live)).isTrue();
        assertThat(actions(inReview)).containsExactly("CREATED", "SUBMITTED");
        assertThat(actions(approved)).containsExactly("CREATED", "SUBMITTED", "APPROVED");
        assertThat(portal.visible(approved)).isFalse();
    }

    @Test
    void aCommentLongerThanTheHistoryKeepsIsRefusedWithItsLengthAndNothingChanges() {
        long id = submitted("长意见");

        assertThatThrownBy(() -> review.reject(id, "改".repeat(2001), news.reviewer))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("news.review.commentTooLong");
                    assertThat(e.arguments()).containsExactly(2000, 2001);
                });
        assertThat(desk.get(id, news.editor).latest().status()).isEqualTo(RevisionStatus.SUBMITTED);
    }

    private long draft(String title) {
        return desk.create(news.column, Language.zh, NewsFixture.text(title + news.prefix, null, ""), news.editor)
                .id();
    }

    private long submitted(String title) {
        long id = draft(title);
        review.submit(id, news.editor);
        return id;
    }

    private List<String> actions(long id) {
        return list.history(id).stream().map(NewsDeskList.Step::action).toList();
    }

    private static void assertRefused(Runnable step, String messageKey) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }

    private static CurrentUser person(Role... roles) {
        return TestPrincipal.user(Set.of(roles), null, null);
    }
}
