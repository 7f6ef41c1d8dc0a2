package org.cadretraining.news;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.cadretraining.material.CoursePhotos;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the article editor asks for while someone writes, in the newsroom's signed-in session (with its CSRF token):
 * pasted text cleaned by the portal's sanitiser, images for the text (uploaded, or from a course's photos), and the
 * course photos on offer. Refusals are RFC 9457 problem details with a sentence in the editor's language.
 */
@ApiController("/news/desk")
class ArticleEditorController {

    /** Pasted HTML after the sanitiser. */
    record Cleaned(String html) {}

    /** A course with photos, titled in the editor's language. */
    record PhotoCourse(long courseId, String title, int photos) {}

    /** A course photo: its caption and where the newsroom sees it. */
    record OfferedPhoto(long id, String caption, String fileName, String address) {}

    private final ArticleImages images;
    private final CoursePhotos photos;

    ArticleEditorController(ArticleImages images, CoursePhotos photos) {
        this.images = images;
        this.photos = photos;
    }

    @Operation(
            summary = "Clean pasted HTML (from Word, WeChat or a web page) with the sanitiser that protects the portal")
    @PostMapping(path = "/rich-text", consumes = MediaType.TEXT_PLAIN_VALUE)
    Cleaned clean(@RequestBody(required = false) String html) {
        NewsRights.require(CurrentUser.get(), Role.NEWS_EDITOR);
        return new Cleaned(RichText.sanitise(html));
    }

    @Operation(summary = "Upload an image (JPEG, PNG or WebP) for an article's text")
    @PostMapping(path = "/{id}/images", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ArticleImages.Image upload(@PathVariable long id, @RequestParam(required = false) MultipartFile image)
            throws IOException {
        if (image == null || image.isEmpty()) {
            throw DomainException.invalid(ArticleImages.FIELD, "news.image.missing");
        }
        return images.upload(id, image.getOriginalFilename(), image.getBytes(), CurrentUser.get());
    }

    @Operation(summary = "Copy a course photo into an article, for its text")
    @PostMapping("/{id}/images/course-photos/{photoId}")
    @ResponseStatus(HttpStatus.CREATED)
    ArticleImages.Image fromCoursePhoto(@PathVariable long id, @PathVariable long photoId) {
        return images.fromCoursePhoto(id, photoId, CurrentUser.get());
    }

    @Operation(summary = "The courses that have photos, the one photographed last first")
    @GetMapping("/course-photos")
    List<PhotoCourse> photoCourses(Locale locale) {
        NewsRights.require(CurrentUser.get(), Role.NEWS_EDITOR);
        return photos.coursesWithPhotos().stream()
                .map(c -> new PhotoCourse(c.courseId(), c.title().in(locale), c.photos()))
                .toList();
    }

    @Operation(summary = "The photos of one course")
    @GetMapping("/course-photos/{courseId}")
    List<OfferedPhoto> coursePhotos(@PathVariable long courseId) {
        NewsRights.require(CurrentUser.get(), Role.NEWS_EDITOR);
        return photos.ofCourse(courseId).stream()
                .map(p -> new OfferedPhoto(p.id(), p.caption(), p.fileName(), photoAddress(p.id())))
                .toList();
    }

    @Operation(summary = "A course photo's image, for the newsroom")
    @GetMapping("/course-photos/files/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long photoId) {
        NewsRights.require(CurrentUser.get(), Role.NEWS_EDITOR);
        CoursePhotos.PhotoFile file =
                photos.file(photoId).orElseThrow(() -> DomainException.notFound("material.photo.notFound"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.photo().contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(file.content());
    }

    static String photoAddress(long photoId) {
        return "/news/desk/course-photos/files/" + photoId;
    }
}
