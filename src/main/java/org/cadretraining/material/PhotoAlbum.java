package org.cadretraining.material;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.UploadedFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/** A course's photo page: the photos, and adding and removing them as {@link PhotoAccess} allows. */
@Service
class PhotoAlbum {

    static final int MAX_PHOTOS_AT_ONCE = 20;

    /** The photos of a course as one person sees them, with what they may do. */
    record Album(CourseSummary course, List<CoursePhotos.Photo> photos, PhotoAccess.Rights rights) {}

    /** A photo someone wants to add, before it is checked. */
    record Incoming(String name, byte[] content) {}

    private final CoursePhotos photos;
    private final CourseCatalog catalog;
    private final PhotoAccess access;
    private final Clock clock;
    private final long maxBytes;

    PhotoAlbum(
            CoursePhotos photos,
            CourseCatalog catalog,
            PhotoAccess access,
            Clock clock,
            @Value("${app.photos.max-file-size:10MB}") DataSize maxSize) {
        this.photos = photos;
        this.catalog = catalog;
        this.access = access;
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
    }

    long maxBytes() {
        return maxBytes;
    }

    @Transactional(readOnly = true)
    Album album(long courseId, CurrentUser user) {
        CourseSummary course = course(courseId);
        return new Album(course, photos.ofCourse(courseId), access.of(course, user));
    }

    /**
     * Adds every photo or none: each must be a JPEG, PNG or WebP within the size limit, checked before anything is
     * kept, so that one refused file leaves the album as it was.
     */
    @Transactional
    List<CoursePhotos.Photo> add(long courseId, List<Incoming> files, String caption, CurrentUser user) {
        access.of(course(courseId), user).requireAdd();
        if (files.isEmpty()) {
            throw DomainException.invalid("files", "material.photo.none.chosen");
        }
        if (files.size() > MAX_PHOTOS_AT_ONCE) {
            throw DomainException.invalid("files", "material.photo.tooMany", MAX_PHOTOS_AT_ONCE);
        }
        String text = caption == null ? "" : caption.strip();
        if (text.length() > 300) {
            throw DomainException.invalid("caption", "material.photo.caption.tooLong", 300);
        }
        List<UploadedFile> checked = new ArrayList<>();
        for (Incoming file : files) {
            UploadedFile upload =
                    UploadedFile.checked("files", file.name(), file.content(), maxBytes, "material.photo");
            if (!upload.type().photo()) {
                throw DomainException.invalid("files", "material.photo.type", UploadedFile.displayName(file.name()));
            }
            checked.add(upload);
        }
        return checked.stream()
                .map(f ->
                        photos.store(courseId, f.name(), f.type(), f.content(), text, user.username(), clock.instant()))
                .toList();
    }

    @Transactional(readOnly = true)
    CoursePhotos.PhotoFile file(long courseId, long photoId, CurrentUser user) {
        access.of(course(courseId), user);
        return photos.file(photoId)
                .filter(f -> f.photo().courseId() == courseId)
                .orElseThrow(() -> DomainException.notFound("material.photo.notFound"));
    }

    @Transactional
    void remove(long courseId, long photoId, CurrentUser user) {
        PhotoAccess.Rights rights = access.of(course(courseId), user);
        CoursePhotos.Photo photo = photos.ofCourse(courseId).stream()
                .filter(p -> p.id() == photoId)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("material.photo.notFound"));
        if (!rights.mayRemove(photo)) {
            throw DomainException.forbidden();
        }
        photos.remove(photoId);
    }

    private CourseSummary course(long courseId) {
        return catalog.course(courseId).orElseThrow(() -> DomainException.notFound("course.notFound"));
    }
}
