package org.cadretraining.course.lecturer;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface LecturerRepository extends ListCrudRepository<Lecturer, Long> {

    Optional<Lecturer> findByCadreId(long cadreId);
}
