package org.cadretraining.news;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * Covers, attachments and the images in an article's text. Readers get a file only while it belongs to the live
 * revision of an article they can see (anything else is a 404, as for the article itself); the newsroom sees every
 * file of an article, at the readers' address too, so that a draft and its preview show the images of its text
 * where readers will see them. A stored file
 * never changes, so its id is its ETag; readers' copies are kept a few minutes, so that unpublishing takes effect
 * soon.
 */
@Controller
class NewsFileController {

    private static final Duration READERS_KEEP = Duration.ofMinutes(5);

    private final NewsFiles files;
    private final NewsDesk desk;

    NewsFileController(NewsFiles files, NewsDesk desk) {
        this.files = files;
        this.desk = desk;
    }

    @GetMapping("/news/articles/{id:\\d+}/files/{fileId:\\d+}")
    ResponseEntity<byte[]> published(@PathVariable long id, @PathVariable long fileId, WebRequest request) {
        NewsFile file = files.published(id, fileId).orElse(null);
        if (file == null) {
            if (!newsStaff()) {
                throw DomainException.notFound("news.file.notFound");
            }
            return inNewsroom(id, fileId);
        }
        String etag = "\"f" + file.id() + "\"";
        CacheControl cache = CacheControl.maxAge(READERS_KEEP).cachePublic();
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(cache).build();
        }
        return download(file, files.bytes(file.id()), cache, etag);
    }

    @GetMapping("/news/desk/{id:\\d+}/files/{fileId:\\d+}")
    ResponseEntity<byte[]> inNewsroom(@PathVariable long id, @PathVariable long fileId) {
        NewsFiles.Content content = desk.file(id, fileId, CurrentUser.get());
        return download(content.file(), content.bytes(), CacheControl.noCache().cachePrivate(), null);
    }

    /** Whether the request comes from someone signed in who works on news; readers have no account. */
    private static boolean newsStaff() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getPrincipal() instanceof CurrentUser.Source source
                && NewsRights.worksOnNews(source.currentUser());
    }

    /**
     * Images are shown where they are linked; every other file is downloaded under its name (non-ASCII names in the
     * RFC 5987 {@code filename*} form). The browser is told not to guess a type other than the one the bytes had.
     */
    private static ResponseEntity<byte[]> download(NewsFile file, byte[] bytes, CacheControl cache, String etag) {
        ContentDisposition disposition = (file.image() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.name(), StandardCharsets.UTF_8)
                .build();
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(bytes.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(cache)
                .lastModified(file.uploadedAt());
        if (etag != null) {
            response.eTag(etag);
        }
        return response.body(bytes);
    }
}
