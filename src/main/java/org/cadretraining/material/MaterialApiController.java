package org.cadretraining.material;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@ApiController("/api/v1/courses/{courseId}/materials")
@Tag(
        name = "Course materials",
        description = "Files that go with a course or one of its agenda items. Organisers manage every file, a"
                + " lecturer the files of the items they teach; participants see the files meant for them.")
class MaterialApiController {

    /** A material as the API shows it; {@code agendaItemId} is null for the course as a whole. */
    record MaterialResponse(
            long id,
            Long agendaItemId,
            String title,
            String fileName,
            String contentType,
            long sizeBytes,
            boolean forParticipants,
            String uploadedBy,
            Instant uploadedAt) {

        static MaterialResponse of(CourseMaterial material) {
            return new MaterialResponse(
                    material.id(),
                    material.agendaItemId(),
                    material.title(),
                    material.fileName(),
                    material.contentType(),
                    material.sizeBytes(),
                    material.forParticipants(),
                    material.uploadedBy(),
                    material.uploadedAt());
        }
    }

    private final CourseMaterials materials;

    MaterialApiController(CourseMaterials materials) {
        this.materials = materials;
    }

    @Operation(summary = "The materials of a course the caller may see")
    @GetMapping
    List<MaterialResponse> list(@PathVariable long courseId) {
        return materials.shelf(courseId, CurrentUser.get()).materials().stream()
                .map(MaterialResponse::of)
                .toList();
    }

    @Operation(
            summary = "Upload a material",
            description = "The file's kind is read from its bytes: PDF, Word, Excel, PowerPoint, JPEG/PNG/WebP/GIF or"
                    + " UTF-8 text; at most app.materials.max-file-size (50 MB by default).")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<MaterialResponse> add(
            @PathVariable long courseId,
            @Parameter(description = "the file") @RequestParam(required = false) MultipartFile file,
            @Parameter(description = "the agenda item it belongs to; empty for the course as a whole")
                    @RequestParam(required = false)
                    Long agendaItemId,
            @Parameter(description = "a name; the file's name when empty") @RequestParam(required = false) String title,
            @Parameter(description = "whether participants see it (default true)") @RequestParam(defaultValue = "true")
                    boolean forParticipants)
            throws IOException {
        MaterialUpload upload = new MaterialUpload(
                agendaItemId,
                title,
                forParticipants,
                file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes());
        CourseMaterial saved = materials.add(courseId, upload, CurrentUser.get());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri()
                        .path("/{id}")
                        .buildAndExpand(saved.id())
                        .toUri())
                .body(MaterialResponse.of(saved));
    }

    @Operation(summary = "Download a material")
    @GetMapping("/{materialId}")
    ResponseEntity<byte[]> file(@PathVariable long courseId, @PathVariable long materialId) {
        return MaterialDownloads.of(materials.download(courseId, materialId, CurrentUser.get()));
    }

    @Operation(summary = "Remove a material")
    @DeleteMapping("/{materialId}")
    ResponseEntity<Void> remove(@PathVariable long courseId, @PathVariable long materialId) {
        materials.remove(courseId, materialId, CurrentUser.get());
        return ResponseEntity.noContent().build();
    }
}
