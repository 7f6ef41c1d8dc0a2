package org.cadretraining.documents.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A course's rooms as printed: by building, then by room, each with its occupants (who are each other's roommates),
 * and the participants who have no room (day participants, or not yet placed).
 */
public record RoomSheet(List<Building> buildings, List<DeskPerson> without) {

    public record Building(String name, List<Room> rooms) {
        public int occupants() {
            return rooms.stream().mapToInt(r -> r.occupants().size()).sum();
        }
    }

    public record Room(String number, List<DeskPerson> occupants) {
        /** The occupants' names in a line, for a list of roommates. */
        public String names(boolean english) {
            return RoomSheet.names(occupants, english);
        }
    }

    public String withoutNames(boolean english) {
        return names(without, english);
    }

    static String names(List<DeskPerson> people, boolean english) {
        return String.join(
                english ? ", " : "、",
                people.stream().map(p -> p.nameIn(english)).toList());
    }

    /** Room 102 before room 1001: numbers in names compare as numbers. */
    static final Comparator<String> NATURAL = Comparator.comparing(
                    (String s) -> s.replaceAll("\\d+", "").isEmpty() ? "" : s.replaceAll("\\d", ""))
            .thenComparingLong(s -> {
                String digits = s.replaceAll("\\D", "");
                return digits.isEmpty() || digits.length() > 15 ? 0 : Long.parseLong(digits);
            })
            .thenComparing(Comparator.naturalOrder());

    public boolean isEmpty() {
        return buildings.isEmpty();
    }

    public int occupants() {
        return buildings.stream().mapToInt(Building::occupants).sum();
    }

    public int rooms() {
        return buildings.stream().mapToInt(b -> b.rooms().size()).sum();
    }

    static RoomSheet of(List<DeskPerson> people, Map<Long, RoomAssignments.Assigned> assigned) {
        Map<String, Map<String, List<DeskPerson>>> grouped = new TreeMap<>(NATURAL);
        List<DeskPerson> without = new ArrayList<>();
        for (DeskPerson p : people) {
            RoomAssignments.Assigned a = assigned.get(p.cadreId());
            if (a == null) {
                without.add(p);
            } else {
                grouped.computeIfAbsent(a.building(), b -> new TreeMap<>(NATURAL))
                        .computeIfAbsent(a.room(), r -> new ArrayList<>())
                        .add(p);
            }
        }
        List<Building> buildings = grouped.entrySet().stream()
                .map(b -> new Building(
                        b.getKey(),
                        b.getValue().entrySet().stream()
                                .map(r -> new Room(r.getKey(), List.copyOf(r.getValue())))
                                .toList()))
                .toList();
        return new RoomSheet(buildings, List.copyOf(without));
    }
}
