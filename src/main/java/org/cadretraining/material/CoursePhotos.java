package org.cadretraining.material;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.shared.FileType;
import org.cadretraining.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The photos staff took during courses, for the newsroom to use in its reports (as an article's cover or in its
 * body). The newsroom checks that the person works on news before it asks; who may add photos is decided on the
 * course's photo page.
 */
@Service
public class CoursePhotos {

    /** A photo without its bytes. */
    public record Photo(
            long id,
            long courseId,
            String fileName,
            String contentType,
            int sizeBytes,
            String caption,
            String uploadedBy,
            Instant uploadedAt) {}

    /** A photo with its bytes. */
    public record PhotoFile(Photo photo, byte[] content) {}

    /** A course that has photos, the one photographed last first. */
    public record CourseWithPhotos(long courseId, LocalizedText title, int photos) {}

    static final String PHOTO =
            "p.id, p.course_id, p.file_name, p.content_type, p.size_bytes, p.caption, p.uploaded_by, p.uploaded_at";

    private final JdbcClient jdbc;
    private final CourseCatalog catalog;

    CoursePhotos(JdbcClient jdbc, CourseCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @Transactional(readOnly = true)
    public List<CourseWithPhotos> coursesWithPhotos() {
        record Count(long courseId, int photos) {}
        return jdbc
                .sql("select course_id, count(*) from course_photo group by course_id order by max(uploaded_at) desc")
                .query((rs, n) -> new Count(rs.getLong(1), rs.getInt(2)))
                .list()
                .stream()
                .flatMap(count -> catalog.course(count.courseId()).stream()
                        .map(course -> new CourseWithPhotos(course.id(), course.title(), count.photos())))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Photo> ofCourse(long courseId) {
        return jdbc.sql("select " + PHOTO + " from course_photo p where p.course_id = ? order by p.uploaded_at, p.id")
                .param(courseId)
                .query(CoursePhotos::photo)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<PhotoFile> file(long photoId) {
        return jdbc.sql("select " + PHOTO + ", c.content from course_photo p "
                        + "join course_photo_content c on c.photo_id = p.id where p.id = ?")
                .param(photoId)
                .query((rs, n) -> new PhotoFile(photo(rs, n), rs.getBytes(9)))
                .optional();
    }

    Photo store(long courseId, String name, FileType type, byte[] content, String caption, String by, Instant at) {
        long id = jdbc.sql("""
                        insert into course_photo (course_id, file_name, content_type, size_bytes, caption, uploaded_by,
                                                  uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(courseId, name, type.contentType(), content.length, caption, by, Timestamp.from(at))
                .query(Long.class)
                .single();
        jdbc.sql("insert into course_photo_content (photo_id, content) values (?, ?)")
                .params(id, content)
                .update();
        return new Photo(id, courseId, name, type.contentType(), content.length, caption, by, at);
    }

    void remove(long photoId) {
        jdbc.sql("delete from course_photo where id = ?").param(photoId).update();
    }

    private static Photo photo(ResultSet rs, int n) throws SQLException {
        return new Photo(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getInt(5),
                rs.getString(6),
                rs.getString(7),
                rs.getTimestamp(8).toInstant());
    }
}
