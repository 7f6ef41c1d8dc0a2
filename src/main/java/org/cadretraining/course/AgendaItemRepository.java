package org.cadretraining.course;

import org.springframework.data.repository.ListCrudRepository;

interface AgendaItemRepository extends ListCrudRepository<AgendaItem, Long>, AgendaItemReading {}
