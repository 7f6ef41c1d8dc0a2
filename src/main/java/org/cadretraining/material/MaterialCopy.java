package org.cadretraining.material;

import java.util.List;
import org.cadretraining.course.CourseCopied;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A course copied from another starts with its materials: those of the course as a whole, and those of each item
 * on the item's copy. The bytes are copied inside the database, so removing a file from one course leaves the other's.
 */
@Component
class MaterialCopy {

    private final JdbcClient jdbc;

    MaterialCopy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CourseCopied copied) {
        List<Object[]> sources = jdbc.sql(
                        "select id, agenda_item_id from course_material where course_id = ? order by id")
                .param(copied.sourceId())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2, Long.class)})
                .list();
        for (Object[] source : sources) {
            Long item = (Long) source[1];
            Long copyItem = item == null ? null : copied.itemIds().get(item);
            if (item != null && copyItem == null) {
                continue;
            }
            long copy = jdbc.sql("""
                            insert into course_material (course_id, agenda_item_id, title, file_name, content_type,
                                                         size_bytes, for_participants, uploaded_by, uploaded_at)
                            select ?, ?, title, file_name, content_type, size_bytes, for_participants, uploaded_by,
                                   uploaded_at
                            from course_material where id = ?
                            returning id
                            """)
                    .params(copied.copyId(), copyItem, source[0])
                    .query(Long.class)
                    .single();
            jdbc.sql("""
                            insert into course_material_content (material_id, content)
                            select ?, content from course_material_content where material_id = ?
                            """).params(copy, source[0]).update();
        }
    }
}
