package org.cadretraining.organisation;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface CadreRepository extends ListCrudRepository<Cadre, Long> {

    Optional<Cadre> findByStaffNumber(String staffNumber);
}
