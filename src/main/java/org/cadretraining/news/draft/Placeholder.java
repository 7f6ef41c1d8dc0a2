package org.cadretraining.news.draft;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a wording template may ask for. Most give a whole sentence (with its full stop) or nothing; the rest give a
 * phrase the template puts into a sentence of its own.
 */
public enum Placeholder {
    TITLE("title"),
    DATES("dates"),
    DATELINE("dateline"),
    LENGTH("length"),
    IN_ORDER_TO("inOrderTo"),
    ORGANISERS("organisers"),
    WHERE("where"),
    VENUE("venue"),
    SITES("sites"),
    CEREMONY("ceremony"),
    PARTICIPANTS("participants"),
    PURPOSE("purpose"),
    CO_ORGANISERS("coOrganisers"),
    HOST("host"),
    AUDIENCE("audience"),
    LEADER("leader"),
    CEREMONIES("ceremonies"),
    LECTURES("lectures"),
    FIELD_STUDIES("fieldStudies"),
    DISCUSSIONS("discussions"),
    SELF_STUDY("selfStudy"),
    EXAMS("exams"),
    HOMEWORK("homework"),
    OTHER_ITEMS("otherItems"),
    MATERIALS("materials"),
    PARTICIPATION("participation"),
    COMPLETION("completion");

    private final String key;

    Placeholder(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    static Optional<Placeholder> of(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
