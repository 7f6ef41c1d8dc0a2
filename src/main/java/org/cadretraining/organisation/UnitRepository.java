package org.cadretraining.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UnitRepository extends ListCrudRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    @Query("select * from unit order by path")
    List<Unit> findAllInTreeOrder();

    @Query("select * from unit where path like :pathPrefix || '%' order by path")
    List<Unit> findSubtree(String pathPrefix);
}
