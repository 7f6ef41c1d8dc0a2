package org.cadretraining.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which cadres already have an account, for pages that make accounts for many cadres at once. */
@Service
public class CadreAccounts {

    private final JdbcClient jdbc;

    CadreAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user name of each of these cadres' accounts, by cadre; a cadre without an account is left out. */
    @Transactional(readOnly = true)
    public Map<Long, String> usernames(Collection<Long> cadreIds) {
        Map<Long, String> found = new HashMap<>();
        if (!cadreIds.isEmpty()) {
            jdbc.sql("select cadre_id, username from account where cadre_id = any(?)")
                    .param(cadreIds.stream().distinct().toArray(Long[]::new))
                    .query(rs -> {
                        found.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return found;
    }
}
