package org.cadretraining.material;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CourseMaterialRepository extends ListCrudRepository<CourseMaterial, Long> {

    @Query("select * from course_material where course_id = :courseId order by agenda_item_id nulls first, id")
    List<CourseMaterial> findByCourse(long courseId);
}
