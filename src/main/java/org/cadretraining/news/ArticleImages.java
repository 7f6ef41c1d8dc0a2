package org.cadretraining.news;

import org.cadretraining.material.CoursePhotos;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;
import org.cadretraining.shared.UploadedFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The images an editor puts into an article's text: uploaded from their computer or taken from a course's photos.
 * Either way the article keeps its own copy (a photo removed from the course stays in the article), checked like a
 * cover: a JPEG, PNG or WebP within the cover's size limit. The image is part of the text once the draft that shows
 * it is saved; readers see it while the live revision shows it.
 */
@Service
class ArticleImages {

    static final String FIELD = "image";

    private final NewsArticles articles;
    private final NewsFiles files;
    private final CoursePhotos photos;
    private final NewsDesk desk;
    private final java.time.Clock clock;

    ArticleImages(NewsArticles articles, NewsFiles files, CoursePhotos photos, NewsDesk desk, java.time.Clock clock) {
        this.articles = articles;
        this.files = files;
        this.photos = photos;
        this.desk = desk;
        this.clock = clock;
    }

    /** An image kept for an article's text, and the address its {@code img} element uses. */
    record Image(long fileId, String name, String address) {}

    @Transactional
    Image upload(long articleId, String name, byte[] content, CurrentUser user) {
        NewsRights.require(user, Role.NEWS_EDITOR);
        requireArticle(articleId);
        return keep(articleId, image(name, content), user);
    }

    @Transactional
    Image fromCoursePhoto(long articleId, long photoId, CurrentUser user) {
        NewsRights.require(user, Role.NEWS_EDITOR);
        requireArticle(articleId);
        CoursePhotos.PhotoFile photo =
                photos.file(photoId).orElseThrow(() -> DomainException.notFound("material.photo.notFound"));
        return keep(articleId, image(photo.photo().fileName(), photo.content()), user);
    }

    private NewsUpload image(String name, byte[] content) {
        UploadedFile file = UploadedFile.checked(FIELD, name, content, desk.maxCoverBytes(), "news.image");
        if (!file.type().photo()) {
            throw DomainException.invalid(FIELD, "news.image.type", UploadedFile.displayName(name));
        }
        return new NewsUpload(file.name(), file.type(), file.content());
    }

    private Image keep(long articleId, NewsUpload upload, CurrentUser user) {
        long fileId = files.store(articleId, upload, clock.instant(), user.username());
        return new Image(fileId, upload.name(), NewsFiles.address(articleId, fileId));
    }

    private void requireArticle(long articleId) {
        if (articles.find(articleId).isEmpty()) {
            throw DomainException.notFound("news.article.notFound");
        }
    }
}
