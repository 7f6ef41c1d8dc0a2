package org.cadretraining.material;

import java.time.Clock;
import java.util.List;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.UploadedFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/** Keeps a course's materials: who may add, see and remove which file is decided by {@link MaterialAccessRules}. */
@Service
class CourseMaterials {

    /** The materials of a course as one person sees them, with what they may add. */
    record Shelf(
            CourseSummary course, List<AgendaEntry> agenda, List<CourseMaterial> materials, MaterialAccess access) {}

    /** A material with its bytes, for a download. */
    record Download(CourseMaterial material, byte[] content) {}

    private final CourseMaterialRepository materials;
    private final CourseCatalog catalog;
    private final MaterialAccessRules rules;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final long maxBytes;

    CourseMaterials(
            CourseMaterialRepository materials,
            CourseCatalog catalog,
            MaterialAccessRules rules,
            JdbcClient jdbc,
            Clock clock,
            @Value("${app.materials.max-file-size:50MB}") DataSize maxSize) {
        this.materials = materials;
        this.catalog = catalog;
        this.rules = rules;
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
    }

    long maxBytes() {
        return maxBytes;
    }

    @Transactional(readOnly = true)
    Shelf shelf(long courseId, CurrentUser user) {
        CourseSummary course = course(courseId);
        MaterialAccess access = rules.of(course, user);
        access.requireRead();
        List<CourseMaterial> seen =
                materials.findByCourse(courseId).stream().filter(access::maySee).toList();
        return new Shelf(course, catalog.agenda(courseId), seen, access);
    }

    @Transactional
    CourseMaterial add(long courseId, MaterialUpload upload, CurrentUser user) {
        CourseSummary course = course(courseId);
        MaterialAccess access = rules.of(course, user);
        Long itemId = upload.agendaItemId();
        if (itemId != null && catalog.agenda(courseId).stream().noneMatch(item -> item.id() == itemId)) {
            throw DomainException.invalid("agendaItemId", "material.item.notInCourse");
        }
        if (!access.mayAddTo(itemId)) {
            throw access.mayAdd()
                    ? DomainException.invalid("agendaItemId", "material.item.notYours")
                    : DomainException.forbidden();
        }
        UploadedFile file =
                UploadedFile.checked("file", upload.fileName(), upload.content(), maxBytes, "material.file");
        CourseMaterial saved = materials.save(CourseMaterial.of(
                courseId, itemId, upload.title(), file, upload.forParticipants(), user.username(), clock.instant()));
        jdbc.sql("insert into course_material_content (material_id, content) values (?, ?)")
                .params(saved.id(), file.content())
                .update();
        return saved;
    }

    @Transactional(readOnly = true)
    Download download(long courseId, long materialId, CurrentUser user) {
        CourseMaterial material = visible(courseId, materialId, user);
        byte[] content = jdbc.sql("select content from course_material_content where material_id = ?")
                .param(materialId)
                .query(byte[].class)
                .single();
        return new Download(material, content);
    }

    @Transactional
    void remove(long courseId, long materialId, CurrentUser user) {
        CourseSummary course = course(courseId);
        MaterialAccess access = rules.of(course, user);
        CourseMaterial material = find(courseId, materialId);
        if (!access.maySee(material)) {
            throw DomainException.notFound("material.notFound");
        }
        if (!access.mayRemove(material)) {
            throw DomainException.forbidden();
        }
        materials.delete(material);
    }

    private CourseMaterial visible(long courseId, long materialId, CurrentUser user) {
        MaterialAccess access = rules.of(course(courseId), user);
        access.requireRead();
        CourseMaterial material = find(courseId, materialId);
        if (!access.maySee(material)) {
            throw DomainException.notFound("material.notFound");
        }
        return material;
    }

    private CourseMaterial find(long courseId, long materialId) {
        return materials
                .findById(materialId)
                .filter(material -> material.courseId() == courseId)
                .orElseThrow(() -> DomainException.notFound("material.notFound"));
    }

    private CourseSummary course(long courseId) {
        return catalog.course(courseId).orElseThrow(() -> DomainException.notFound("course.notFound"));
    }
}
