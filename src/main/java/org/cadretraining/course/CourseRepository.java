package org.cadretraining.course;

import org.springframework.data.repository.ListCrudRepository;

interface CourseRepository extends ListCrudRepository<Course, Long> {}
