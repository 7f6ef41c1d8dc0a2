package org.cadretraining.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language each cadre last chose for the application (kept on their account when they switch), for messages
 * sent to them outside a request, such as an email. A cadre without an account or without a choice is missing.
 */
@Service
public class CadreLanguages {

    private final JdbcClient jdbc;

    CadreLanguages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Map<Long, Locale> of(Collection<Long> cadreIds) {
        Map<Long, Locale> languages = new HashMap<>();
        jdbc.sql("select cadre_id, locale from account where cadre_id = any(?::bigint[]) and locale is not null")
                .param(cadreIds.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), Locale.forLanguageTag(rs.getString(2))))
                .list()
                .forEach(entry -> languages.put(entry.getKey(), entry.getValue()));
        return languages;
    }
}
