package org.cadretraining.course;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AgendaItemRepository extends ListCrudRepository<AgendaItem, Long> {

    @Query("select * from agenda_item where course_id = :courseId order by day, starts_at, ends_at, id")
    List<AgendaItem> findByCourse(long courseId);

    /** The course's items on one day: what a planned item of that day may overlap. */
    @Query("select * from agenda_item where course_id = :courseId and day = :day order by starts_at, ends_at, id")
    List<AgendaItem> findByCourseOnDay(long courseId, java.time.LocalDate day);
}
