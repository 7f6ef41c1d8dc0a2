package org.cadretraining.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, Long> {

    @Query("select * from account where lower(username) = lower(:username)")
    Optional<Account> findByUsername(String username);

    @Query("select * from account order by lower(username)")
    List<Account> findAllByOrderByUsername();

    Optional<Account> findByCadreId(Long cadreId);

    /** Kept apart from the aggregate's version: choosing a language must not collide with an administrator's edit. */
    @Modifying
    @Query("update account set locale = :locale where id = :id and locale is distinct from :locale")
    void updateLocale(long id, String locale);
}
