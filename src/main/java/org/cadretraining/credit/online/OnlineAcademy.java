package org.cadretraining.credit.online;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * An online academy and the column mapping saved for its files: for each field, the header of its column. A cadre
 * is found by staff number, or by name with unit; a course's length is given in minutes or as credited hours.
 */
record OnlineAcademy(long id, String name, Map<RecordField, String> mapping) {

    OnlineAcademy {
        mapping = mapping.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(mapping));
    }

    Optional<String> header(RecordField field) {
        return Optional.ofNullable(mapping.get(field));
    }

    public boolean maps(RecordField field) {
        return mapping.containsKey(field);
    }
}
