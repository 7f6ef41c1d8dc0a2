package org.cadretraining.news;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review panel's buttons on the article page: each step of the workflow, back to the article with the outcome. */
@Controller
class NewsReviewController {

    private final NewsReview review;
    private final ZoneId zone;

    NewsReviewController(NewsReview review, Clock clock) {
        this.review = review;
        this.zone = clock.getZone();
    }

    @PostMapping("/news/desk/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        return step(id, redirect, () -> {
            review.submit(id, CurrentUser.get());
            return "news.desk.submitted";
        });
    }

    /** Where the reviewer publishes, the approval form carries the release time too. */
    @PostMapping("/news/desk/{id}/approve")
    String approve(
            @PathVariable long id,
            @RequestParam(required = false) String comment,
            @RequestParam(required = false) String releaseAt,
            RedirectAttributes redirect) {
        return step(id, redirect, () -> {
            NewsArticle article = review.approve(id, comment, instant(releaseAt), CurrentUser.get());
            return article.awaitingPublication().isPresent() ? "news.desk.approved" : "news.desk.approvedAndPublished";
        });
    }

    @PostMapping("/news/desk/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return step(id, redirect, () -> {
            review.reject(id, comment, CurrentUser.get());
            return "news.desk.rejected";
        });
    }

    @PostMapping("/news/desk/{id}/publish")
    String publish(
            @PathVariable long id, @RequestParam(required = false) String releaseAt, RedirectAttributes redirect) {
        return step(id, redirect, () -> {
            review.publish(id, instant(releaseAt), CurrentUser.get());
            return "news.desk.published";
        });
    }

    @PostMapping("/news/desk/{id}/unpublish")
    String unpublish(
            @PathVariable long id, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return step(id, redirect, () -> {
            review.unpublish(id, comment, CurrentUser.get());
            return "news.desk.unpublished";
        });
    }

    /** The form's local date and time (as a datetime-local field sends it) in the institution's time zone. */
    private Instant instant(String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException unreadable) {
            throw DomainException.invalid("releaseAt", "news.publish.releaseAtUnreadable");
        }
    }

    /**
     * Takes one step and comes back to the article with what happened. A step the article's state does not allow
     * (or a rejection without a comment) comes back with the reason; a refusal of the person is an error page with
     * its own sentence, and the status 403.
     */
    private static String step(long id, RedirectAttributes redirect, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (DomainException refused) {
            if (refused.kind() == DomainException.Kind.FORBIDDEN || refused.kind() == DomainException.Kind.NOT_FOUND) {
                throw refused;
            }
            redirect.addFlashAttribute("problem", refused.messageKey());
            redirect.addFlashAttribute("problemArguments", refused.arguments());
        }
        return "redirect:/news/desk/" + id;
    }
}
