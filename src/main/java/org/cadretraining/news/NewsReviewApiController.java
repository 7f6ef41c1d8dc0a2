package org.cadretraining.news;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.cadretraining.news.NewsRights.Step;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ApiController("/api/v1/news/articles/{id}")
@Tag(
        name = "News review",
        description =
                "The review steps of an article: an editor submits, a reviewer who did not write the revision"
                        + " approves or rejects it, a publisher publishes or unpublishes; where the institution's review"
                        + " setting says the reviewer publishes, approval publishes. A refused step is a 403 (the person) or a"
                        + " 409 (the article's state) problem detail with a sentence in the caller's language; nothing changes.")
class NewsReviewApiController {

    /** Where an article stands after a step. */
    record ArticleState(
            long id,
            int latestRevision,
            RevisionStatus latestStatus,

            @Schema(description = "the revision readers see (or will see at the release time); null when none")
            Integer liveRevision,

            boolean published,
            Instant releaseAt,

            @Schema(description = "an approved revision that waits for the publishing step; null when none")
            Integer awaitingPublication,

            boolean visible) {

        static ArticleState of(NewsArticle article, Instant now) {
            Publication publication = article.publication();
            return new ArticleState(
                    article.id(),
                    article.latest().number(),
                    article.latest().status(),
                    publication.liveRevision(),
                    publication.published(),
                    publication.releaseAt(),
                    article.awaitingPublication().map(Revision::number).orElse(null),
                    publication.visibleAt(now));
        }
    }

    /** The caller's view of the review: the steps offered and, for each awaited step withheld, why. */
    record ReviewView(ArticleState article, boolean reviewerPublishes, List<Step> offered, List<String> reasons) {}

    /** A comment (required to reject) and, to publish or where the reviewer publishes to approve, a release time. */
    record StepRequest(
            @Schema(description = "at most 2000 characters") String comment,

            @Schema(description = "publish from this moment; empty for now")
            Instant releaseAt) {

        static final StepRequest NONE = new StepRequest(null, null);
    }

    private final NewsReview review;
    private final NewsDesk desk;
    private final MessageSource messages;
    private final Clock clock;

    NewsReviewApiController(NewsReview review, NewsDesk desk, MessageSource messages, Clock clock) {
        this.review = review;
        this.desk = desk;
        this.messages = messages;
        this.clock = clock;
    }

    @Operation(summary = "Where the article stands, and which steps the caller may take (with why not)")
    @GetMapping("/review")
    ReviewView view(@PathVariable long id) {
        CurrentUser user = CurrentUser.get();
        NewsArticle article = desk.get(id, user);
        ReviewPanel panel = review.panel(article, user);
        List<String> reasons = panel.reasons().stream()
                .map(key -> messages.getMessage(key, new Object[] {panel.latest()}, LocaleContextHolder.getLocale()))
                .toList();
        return new ReviewView(
                ArticleState.of(article, clock.instant()),
                panel.reviewerPublishes(),
                List.copyOf(panel.offered()),
                reasons);
    }

    @Operation(summary = "Submit the draft for review (news editor)")
    @PostMapping("/submit")
    ArticleState submit(@PathVariable long id) {
        return state(review.submit(id, CurrentUser.get()));
    }

    @Operation(
            summary = "Approve the revision in review (news reviewer who did not create or edit it)",
            description = "Where the reviewer publishes, this publishes it too (from releaseAt when given); otherwise"
                    + " it waits for a publisher and a releaseAt is refused.")
    @PostMapping("/approve")
    ArticleState approve(@PathVariable long id, @RequestBody(required = false) StepRequest body) {
        StepRequest step = body == null ? StepRequest.NONE : body;
        return state(review.approve(id, step.comment(), step.releaseAt(), CurrentUser.get()));
    }

    @Operation(summary = "Reject the revision in review with a comment (news reviewer)")
    @PostMapping("/reject")
    ArticleState reject(@PathVariable long id, @RequestBody(required = false) StepRequest body) {
        StepRequest step = body == null ? StepRequest.NONE : body;
        return state(review.reject(id, step.comment(), CurrentUser.get()));
    }

    @Operation(summary = "Publish the latest approved revision now or from releaseAt (news publisher)")
    @PostMapping("/publish")
    ArticleState publish(@PathVariable long id, @RequestBody(required = false) StepRequest body) {
        StepRequest step = body == null ? StepRequest.NONE : body;
        return state(review.publish(id, step.releaseAt(), CurrentUser.get()));
    }

    @Operation(summary = "Take the article off the portal (news publisher)")
    @PostMapping("/unpublish")
    ArticleState unpublish(@PathVariable long id, @RequestBody(required = false) StepRequest body) {
        StepRequest step = body == null ? StepRequest.NONE : body;
        return state(review.unpublish(id, step.comment(), CurrentUser.get()));
    }

    private ArticleState state(NewsArticle article) {
        return ArticleState.of(article, clock.instant());
    }
}
