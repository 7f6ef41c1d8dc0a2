package org.cadretraining.completion;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows to insert in one statement, column by column (PostgreSQL's unnest takes one array per column): a cadre, a
 * position and up to three texts.
 */
final class UnnestColumns {
    private final List<Long> cadres = new ArrayList<>();
    private final List<Integer> positions = new ArrayList<>();
    private final List<String> first = new ArrayList<>();
    private final List<String> second = new ArrayList<>();
    private final List<String> third = new ArrayList<>();

    void add(long cadre, int position, String a, String b, String c) {
        cadres.add(cadre);
        positions.add(position);
        first.add(a);
        second.add(b);
        third.add(c);
    }

    boolean isEmpty() {
        return cadres.isEmpty();
    }

    Long[] cadres() {
        return cadres.toArray(Long[]::new);
    }

    Integer[] positions() {
        return positions.toArray(Integer[]::new);
    }

    String[] first() {
        return first.toArray(String[]::new);
    }

    String[] second() {
        return second.toArray(String[]::new);
    }

    String[] third() {
        return third.toArray(String[]::new);
    }
}
