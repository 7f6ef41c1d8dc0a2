package org.cadretraining.organisation.importing;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The units as they stand when a job starts, by code: a few thousand at most, so they are held in memory. */
final class KnownUnits {

    record KnownUnit(long id, String code, String path, String parentCode) {}

    private final Map<String, KnownUnit> byCode;

    private KnownUnits(Map<String, KnownUnit> byCode) {
        this.byCode = byCode;
    }

    static KnownUnits load(JdbcClient jdbc) {
        Map<String, KnownUnit> byCode = new HashMap<>();
        jdbc.sql(
                        "select u.id, u.code, u.path, p.code as parent_code from unit u left join unit p on p.id = u.parent_id")
                .query((rs, n) -> new KnownUnit(
                        rs.getLong("id"), rs.getString("code"), rs.getString("path"), rs.getString("parent_code")))
                .list()
                .forEach(unit -> byCode.put(unit.code(), unit));
        return new KnownUnits(byCode);
    }

    KnownUnit get(String code) {
        return byCode.get(code);
    }

    boolean contains(String code) {
        return byCode.containsKey(code);
    }

    /** Each unit's parent code, for finding a cycle before the database refuses one. */
    Map<String, String> parents() {
        Map<String, String> parents = new HashMap<>();
        byCode.values().forEach(unit -> parents.put(unit.code(), unit.parentCode()));
        return parents;
    }
}
