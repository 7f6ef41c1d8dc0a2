package org.cadretraining.documents.print;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A room list checked against the course's participants before anything is written: each good row names the person
 * it places, each bad row says why, with its row number. It may be written only when no row is bad.
 */
public record RoomPlan(List<Placement> placements, List<RowError> errors) {

    /** A participant placed in a room, from row {@code row}. */
    public record Placement(int row, DeskPerson person, String building, String room) {}

    /** Why row {@code row} cannot be taken: a message key and its arguments (the row number comes first). */
    public record RowError(int row, String key, List<Object> arguments) {}

    public boolean writable() {
        return errors.isEmpty() && !placements.isEmpty();
    }

    /** Checks every row: a known participant, by staff number or else by a name only one participant has, placed once. */
    static RoomPlan check(List<RoomRow> rows, List<DeskPerson> people) {
        Map<String, DeskPerson> byNumber = new HashMap<>();
        Map<String, List<DeskPerson>> byName = new HashMap<>();
        for (DeskPerson p : people) {
            byNumber.put(p.staffNumber(), p);
            byName.computeIfAbsent(p.name(), n -> new ArrayList<>()).add(p);
            if (!p.nameEn().isBlank() && !p.nameEn().equals(p.name())) {
                byName.computeIfAbsent(p.nameEn(), n -> new ArrayList<>()).add(p);
            }
        }
        List<Placement> placements = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Map<Long, Integer> placedOn = new HashMap<>();
        for (RoomRow row : rows) {
            if (row.isBlank()) {
                continue;
            }
            int n = row.number();
            if (row.who().isEmpty()) {
                errors.add(error(n, "documents.rooms.error.who"));
                continue;
            }
            DeskPerson person = byNumber.get(row.who());
            if (person == null) {
                List<DeskPerson> named = byName.getOrDefault(row.who(), List.of());
                if (named.size() > 1) {
                    errors.add(error(n, "documents.rooms.error.ambiguous", row.who(), named.size()));
                    continue;
                }
                person = named.isEmpty() ? null : named.getFirst();
            }
            if (person == null) {
                errors.add(error(n, "documents.rooms.error.unknown", row.who()));
                continue;
            }
            if (row.building().isEmpty() && row.room().isEmpty()) {
                // a row of the template left empty: this participant has no room (a day participant)
                continue;
            }
            if (row.building().isEmpty() || row.room().isEmpty()) {
                errors.add(error(n, "documents.rooms.error.place", row.who()));
                continue;
            }
            if (row.building().length() > RoomRow.BUILDING_MAX) {
                errors.add(error(n, "documents.rooms.error.buildingLength", RoomRow.BUILDING_MAX));
                continue;
            }
            if (row.room().length() > RoomRow.ROOM_MAX) {
                errors.add(error(n, "documents.rooms.error.roomLength", RoomRow.ROOM_MAX));
                continue;
            }
            Integer earlier = placedOn.putIfAbsent(person.cadreId(), n);
            if (earlier != null) {
                errors.add(error(n, "documents.rooms.error.twice", person.name(), earlier));
                continue;
            }
            placements.add(new Placement(n, person, row.building(), row.room()));
        }
        if (placements.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(0, "documents.rooms.error.empty", List.of()));
        }
        return new RoomPlan(List.copyOf(placements), List.copyOf(errors));
    }

    private static RowError error(int row, String key, Object... arguments) {
        List<Object> all = new ArrayList<>();
        all.add(row);
        all.addAll(List.of(arguments));
        return new RowError(row, key, all);
    }
}
