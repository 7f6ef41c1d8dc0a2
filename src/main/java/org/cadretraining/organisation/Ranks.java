package org.cadretraining.organisation;

import java.util.List;
import java.util.Optional;
import org.cadretraining.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The configurable list of ranks, in order from highest to lowest. */
@Component
public class Ranks {

    private final JdbcClient jdbc;

    Ranks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Rank> all() {
        return jdbc.sql("select code, name_zh, name_en, tier from cadre_rank where active order by sort_order")
                .query((rs, n) -> new Rank(
                        rs.getString("code"),
                        new LocalizedText(rs.getString("name_zh"), rs.getString("name_en")),
                        rs.getString("tier")))
                .list();
    }

    /** Finds a rank by its code or by its name in either language, as people write it in a spreadsheet. */
    public Optional<Rank> find(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String wanted = codeOrName.strip();
        return all().stream()
                .filter(r -> r.code().equalsIgnoreCase(wanted)
                        || r.name().zh().equals(wanted)
                        || r.name().en().equalsIgnoreCase(wanted))
                .findFirst();
    }
}
