package org.cadretraining.material;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

@ApiController("/api/v1/courses/{courseId}/photos")
@Tag(
        name = "Course photos",
        description = "Photos staff take during a course, kept with it for the newsroom. Organisers add and remove"
                + " photos of any opened course; the class's staff add photos while it runs and after, and remove"
                + " their own.")
class PhotoApiController {

    private final PhotoAlbum album;

    PhotoApiController(PhotoAlbum album) {
        this.album = album;
    }

    @Operation(summary = "The photos of a course")
    @GetMapping
    List<CoursePhotos.Photo> list(@PathVariable long courseId) {
        return album.album(courseId, CurrentUser.get()).photos();
    }

    @Operation(
            summary = "Add photos",
            description = "JPEG, PNG or WebP, read from the bytes; at most app.photos.max-file-size each (10 MB by"
                    + " default) and 20 at a time. One refused file refuses the whole batch.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    List<CoursePhotos.Photo> add(
            @PathVariable long courseId,
            @Parameter(description = "the photos") @RequestParam(required = false) List<MultipartFile> files,
            @Parameter(description = "a caption for them all") @RequestParam(required = false) String caption) {
        return album.add(courseId, new PhotoForm(files, caption).incoming(), caption, CurrentUser.get());
    }

    @Operation(summary = "Remove a photo")
    @DeleteMapping("/{photoId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable long courseId, @PathVariable long photoId) {
        album.remove(courseId, photoId, CurrentUser.get());
    }
}
