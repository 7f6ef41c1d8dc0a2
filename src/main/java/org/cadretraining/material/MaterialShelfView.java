package org.cadretraining.material;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.shared.FileSize;

/**
 * A course's materials as the page shows them: first those of the course as a whole, then item by item in the order
 * of the agenda; items without files are left out, and the upload form offers only where the person may add.
 */
record MaterialShelfView(
        CourseSummary course, List<Group> groups, List<AgendaEntry> uploadTargets, boolean mayAddToCourse) {

    /** The files of the course as a whole ({@code item} null) or of one agenda item. */
    record Group(AgendaEntry item, List<Row> rows) {}

    record Row(
            long id,
            String title,
            String fileName,
            String size,
            boolean forParticipants,
            String uploadedBy,
            Instant uploadedAt,
            boolean mayRemove) {}

    public boolean mayAdd() {
        return mayAddToCourse || !uploadTargets.isEmpty();
    }

    public boolean empty() {
        return groups.isEmpty();
    }

    static MaterialShelfView of(CourseMaterials.Shelf shelf) {
        MaterialAccess access = shelf.access();
        List<Group> groups = new ArrayList<>();
        List<Row> courseRows = rows(shelf, null);
        if (!courseRows.isEmpty()) {
            groups.add(new Group(null, courseRows));
        }
        for (AgendaEntry item : shelf.agenda()) {
            List<Row> itemRows = rows(shelf, item.id());
            if (!itemRows.isEmpty()) {
                groups.add(new Group(item, itemRows));
            }
        }
        List<AgendaEntry> targets = shelf.agenda().stream()
                .filter(item -> access.mayAddTo(item.id()))
                .toList();
        return new MaterialShelfView(shelf.course(), groups, targets, access.mayAddTo(null));
    }

    private static List<Row> rows(CourseMaterials.Shelf shelf, Long itemId) {
        return shelf.materials().stream()
                .filter(material -> Objects.equals(material.agendaItemId(), itemId))
                .map(material -> new Row(
                        material.id(),
                        material.title(),
                        material.fileName(),
                        FileSize.of(material.sizeBytes()),
                        material.forParticipants(),
                        material.uploadedBy(),
                        material.uploadedAt(),
                        shelf.access().mayRemove(material)))
                .toList();
    }
}
