package org.cadretraining.report.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.cadretraining.report.archive.CourseArchive.ArticleRow;
import org.cadretraining.report.archive.CourseArchive.FileRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What was written and kept about the course: news articles drafted from it, its materials and its photos. */
@Component
class ArchiveRecords {

    static final String MATERIAL = "MATERIAL";
    static final String PHOTO = "PHOTO";

    private final JdbcClient jdbc;
    private final Clock clock;

    ArchiveRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The articles drafted from the course, with the title of their newest revision. */
    List<ArticleRow> articles(long courseId) {
        return jdbc.sql("""
                        select a.id, a.published, a.release_at, a.browse_count,
                               coalesce(zh.title, en.title, '') as title_zh, coalesce(en.title, zh.title, '') as title_en
                        from news_course_report r join news_article a on a.id = r.article_id
                        join lateral (select max(number) as number from news_revision v where v.article_id = a.id) v
                             on true
                        left join news_translation zh
                             on zh.article_id = a.id and zh.revision = v.number and zh.language = 'zh'
                        left join news_translation en
                             on en.article_id = a.id and en.revision = v.number and en.language = 'en'
                        where r.course_id = ? order by r.created_at, a.id
                        """)
                .param(courseId)
                .query((rs, n) -> new ArticleRow(
                        rs.getLong("id"),
                        Cells.text(rs, "title"),
                        rs.getBoolean("published"),
                        Cells.at(rs, "release_at", clock.getZone()),
                        rs.getLong("browse_count")))
                .list();
    }

    List<FileRow> materials(long courseId) {
        return jdbc.sql("""
                        select m.id, m.title, m.file_name, m.content_type, m.size_bytes, m.uploaded_at, m.uploaded_by,
                               coalesce(a.title_zh, '') as item_zh, coalesce(a.title_en, '') as item_en
                        from course_material m left join agenda_item a on a.id = m.agenda_item_id
                        where m.course_id = ? order by a.day nulls first, a.starts_at, m.uploaded_at, m.id
                        """)
                .param(courseId)
                .query((rs, n) -> new FileRow(
                        rs.getLong("id"),
                        MATERIAL,
                        rs.getString("title"),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getLong("size_bytes"),
                        Cells.text(rs, "item"),
                        Cells.at(rs, "uploaded_at", clock.getZone()),
                        rs.getString("uploaded_by")))
                .list();
    }

    List<FileRow> photos(long courseId) {
        return jdbc.sql("""
                        select id, caption, file_name, content_type, size_bytes, uploaded_at, uploaded_by
                        from course_photo where course_id = ? order by uploaded_at, id
                        """)
                .param(courseId)
                .query((rs, n) -> new FileRow(
                        rs.getLong("id"),
                        PHOTO,
                        rs.getString("caption"),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getLong("size_bytes"),
                        Cells.both("", ""),
                        Cells.at(rs, "uploaded_at", clock.getZone()),
                        rs.getString("uploaded_by")))
                .list();
    }

    /**
     * Copies one file's bytes to {@code out}. The driver holds that one file in memory (a bytea is read whole, at
     * most the upload limit), never the whole archive: the ZIP it goes into is written out in parts as it grows.
     */
    void copyContent(FileRow file, OutputStream out) {
        String sql = MATERIAL.equals(file.kind())
                ? "select content from course_material_content where material_id = ?"
                : "select content from course_photo_content where photo_id = ?";
        jdbc.sql(sql).param(file.id()).query(rs -> {
            try (InputStream in = rs.getBinaryStream(1)) {
                in.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
