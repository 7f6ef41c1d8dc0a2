package org.cadretraining.material;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of a course's materials: the titles of those handed to its participants. */
@Service
public class MaterialTitles {

    private final JdbcClient jdbc;

    MaterialTitles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The titles of the materials meant for the participants, in the order they were uploaded. */
    @Transactional(readOnly = true)
    public List<String> forParticipants(long courseId) {
        return jdbc.sql("select title from course_material where course_id = ? and for_participants order by id")
                .param(courseId)
                .query(String.class)
                .list();
    }
}
