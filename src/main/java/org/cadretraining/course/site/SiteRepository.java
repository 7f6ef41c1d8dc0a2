package org.cadretraining.course.site;

import org.springframework.data.repository.ListCrudRepository;

interface SiteRepository extends ListCrudRepository<Site, Long> {}
