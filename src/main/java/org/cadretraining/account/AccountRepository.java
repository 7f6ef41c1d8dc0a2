package org.cadretraining.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, Long> {

    @Query("select * from account where lower(username) = lower(:username)")
    Optional<Account> findByUsername(String username);

    @Query("select * from account order by lower(username)")
    List<Account> findAllByOrderByUsername();
}
