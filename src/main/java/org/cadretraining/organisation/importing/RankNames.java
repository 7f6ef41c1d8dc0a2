package org.cadretraining.organisation.importing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.cadretraining.organisation.Rank;

/**
 * The ranks by code and by name in either language, as {@code Ranks.find} matches them, but held in memory so
 * that a hundred thousand rows need no query each.
 */
final class RankNames {

    private final Map<String, String> codes = new HashMap<>();
    private final StringJoiner namesZh = new StringJoiner("、");
    private final StringJoiner namesEn = new StringJoiner(", ");

    RankNames(Iterable<Rank> ranks) {
        for (Rank rank : ranks) {
            namesZh.add(rank.name().zh());
            namesEn.add(rank.name().en().isBlank() ? rank.code() : rank.name().en());
            codes.putIfAbsent(rank.code().toLowerCase(Locale.ROOT), rank.code());
            codes.putIfAbsent(rank.name().zh(), rank.code());
            codes.putIfAbsent(rank.name().en().toLowerCase(Locale.ROOT), rank.code());
        }
    }

    Optional<String> code(String codeOrName) {
        String code = codes.get(codeOrName);
        if (code == null) {
            code = codes.get(codeOrName.toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(code);
    }

    /**
     * The ranks' names, for a file that gave another: everyday names such as 正处级 are not ranks here, and the
     * reader needs to see which are.
     */
    String[] known() {
        return new String[] {namesZh.toString(), namesEn.toString()};
    }
}
