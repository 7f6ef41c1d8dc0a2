package org.cadretraining.course;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AgendaItemRepository extends ListCrudRepository<AgendaItem, Long> {

    @Query("select * from agenda_item where course_id = :courseId order by day, starts_at, ends_at, id")
    List<AgendaItem> findByCourse(long courseId);
}
