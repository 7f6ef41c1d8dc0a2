package org.cadretraining.news;

import java.time.Clock;
import java.util.List;
import org.cadretraining.material.CoursePhotos;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.FileSize;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the article form shows besides the fields: the article's files and their limits, the columns, the review
 * panel (the steps this person may take, and why not the others) and the history, and where the editor gets images from. Also turns a course photo chosen as the cover into the
 * upload it stands for, so that it is checked like any cover.
 */
@Component
class ArticleFormPage {

    private final NewsDesk desk;
    private final NewsColumns columns;
    private final NewsDeskList list;
    private final NewsFiles files;
    private final CoursePhotos photos;
    private final NewsReview review;
    private final Clock clock;

    ArticleFormPage(
            NewsDesk desk,
            NewsColumns columns,
            NewsDeskList list,
            NewsFiles files,
            CoursePhotos photos,
            NewsReview review,
            Clock clock) {
        this.review = review;
        this.desk = desk;
        this.columns = columns;
        this.list = list;
        this.files = files;
        this.photos = photos;
        this.clock = clock;
    }

    /** The file change the form asks for, a course photo chosen as the cover included. */
    FileChange change(MediaForm media) {
        return media.change(photoId -> {
            CoursePhotos.PhotoFile photo = photos.file(photoId)
                    .orElseThrow(() -> DomainException.invalid(NewsUpload.COVER, "material.photo.notFound"));
            return new FileChange.Incoming(photo.photo().fileName(), photo.content());
        });
    }

    String show(Model model, NewsArticle article) {
        if (!model.containsAttribute("media")) {
            model.addAttribute("media", MediaForm.none());
        }
        Revision latest = article == null ? null : article.latest();
        model.addAttribute(
                "cover",
                latest == null || latest.coverFileId() == null
                        ? null
                        : files.all(List.of(latest.coverFileId())).stream()
                                .findFirst()
                                .orElse(null));
        model.addAttribute("attachments", latest == null ? List.of() : files.all(latest.attachmentIds()));
        model.addAttribute("coverLimit", FileSize.of(desk.maxCoverBytes()));
        model.addAttribute("attachmentLimit", FileSize.of(desk.maxAttachmentBytes()));
        model.addAttribute("coverMaxBytes", desk.maxCoverBytes());
        model.addAttribute("attachmentMaxBytes", desk.maxAttachmentBytes());
        model.addAttribute("columns", columns.all());
        model.addAttribute("article", article == null ? null : DeskArticle.of(article, clock.instant()));
        model.addAttribute("review", article == null ? null : review.panel(article, CurrentUser.get()));
        model.addAttribute("history", article == null ? List.of() : list.history(article.id()));
        model.addAttribute("photoCourses", photos.coursesWithPhotos());
        return "news/article-form";
    }
}
