package org.cadretraining.plan;

import java.util.Arrays;
import java.util.List;

/**
 * How the audience entered on the item form becomes the plan item's: the ranks picked, without blanks or repeats,
 * and the cadre categories typed in one box, separated by the usual Chinese or Western marks or spaces, and shown
 * back joined by 、.
 */
final class PlanAudience {

    private static final String CATEGORY_SEPARATORS = "[,，、;；\\s]+";

    private PlanAudience() {}

    static List<String> rankCodes(List<String> picked) {
        if (picked == null) {
            return List.of();
        }
        return picked.stream().filter(code -> !code.isBlank()).distinct().toList();
    }

    static List<String> categories(String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(typed.split(CATEGORY_SEPARATORS))
                .map(String::strip)
                .filter(category -> !category.isEmpty())
                .distinct()
                .toList();
    }

    static String categoriesText(List<String> categories) {
        return String.join("、", categories);
    }
}
