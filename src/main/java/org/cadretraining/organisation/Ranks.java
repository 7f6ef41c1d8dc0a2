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

    /** Every rank, also those no longer in use, for the administrator's list. */
    List<RankForm> editable() {
        return jdbc.sql(
                        "select code, name_zh, name_en, tier, sort_order, active from cadre_rank order by sort_order, code")
                .query((rs, n) -> new RankForm(
                        rs.getString("code"),
                        rs.getString("name_zh"),
                        rs.getString("name_en"),
                        rs.getString("tier"),
                        rs.getInt("sort_order"),
                        rs.getBoolean("active")))
                .list();
    }

    /** Adds a rank, or changes the one with the same code; a rank in use is deactivated, never deleted. */
    void save(RankForm rank) {
        jdbc.sql("""
                        insert into cadre_rank (code, name_zh, name_en, tier, sort_order, active)
                        values (:code, :nameZh, :nameEn, :tier, :sortOrder, :active)
                        on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en,
                            tier = excluded.tier, sort_order = excluded.sort_order, active = excluded.active
                        """)
                .param("code", rank.code())
                .param("nameZh", rank.nameZh().strip())
                .param("nameEn", rank.nameEn().strip())
                .param("tier", rank.tier())
                .param("sortOrder", rank.sortOrder())
                .param("active", rank.active() == null || rank.active())
                .update();
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
