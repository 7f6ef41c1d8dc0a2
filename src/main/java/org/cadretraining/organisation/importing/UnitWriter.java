package org.cadretraining.organisation.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes checked unit rows in file order with batched upserts, so that a parent defined on an earlier row exists
 * when its children are written; the database keeps every unit's path. Unchanged units are not touched.
 */
final class UnitWriter {

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final String upsert;

    UnitWriter(JdbcTemplate jdbc, Header header) {
        this.jdbc = jdbc;
        List<String> changed = new ArrayList<>(List.of("name_zh", "kind"));
        if (header.has(UnitColumn.NAME_EN)) {
            changed.add("name_en");
        }
        if (header.has(UnitColumn.PARENT_CODE)) {
            changed.add("parent_id");
        }
        if (header.has(UnitColumn.ACTIVE)) {
            changed.add("active");
        }
        this.upsert = """
                insert into unit as u (code, name_zh, name_en, kind, parent_id, active)
                values (?, ?, coalesce(?, ''), ?, (select p.id from unit p where p.code = ?), coalesce(?, true))
                on conflict (code) do update set %s, version = u.version + 1
                 where (%s) is distinct from (%s)
                """.formatted(
                String.join(
                        ", ", changed.stream().map(f -> f + " = excluded." + f).toList()),
                String.join(", ", changed.stream().map(f -> "u." + f).toList()),
                String.join(", ", changed.stream().map(f -> "excluded." + f).toList()));
    }

    /** Writes every unit; returns how many were inserted or changed. Must run inside the job's transaction. */
    int write(List<StagedUnit> units, IntConsumer written) {
        int touched = 0;
        for (int from = 0; from < units.size(); from += BATCH) {
            List<Object[]> batch = new ArrayList<>();
            for (StagedUnit unit : units.subList(from, Math.min(units.size(), from + BATCH))) {
                batch.add(new Object[] {
                    unit.code(),
                    unit.nameZh(),
                    unit.nameEn(),
                    unit.kind().name(),
                    unit.parentCode() == null || unit.parentCode().isEmpty() ? null : unit.parentCode(),
                    unit.active()
                });
            }
            for (int count : jdbc.batchUpdate(upsert, batch)) {
                touched += Math.max(count, 0);
            }
            written.accept(Math.min(units.size(), from + BATCH));
        }
        return touched;
    }
}
