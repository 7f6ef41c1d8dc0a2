package org.cadretraining.attendance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cadretraining.enrolment.ClassMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A field study's headcount per vehicle and leg: who is expected on each vehicle (those seated in it; without
 * vehicles, or for those not seated, one group), who was counted at each leg, and who is missing right now, at
 * the vehicle's current leg, the latest leg at which anyone of it (seated in it or counted on it) was counted.
 * Someone counted on another vehicle is not missing; both vehicles show it.
 */
@Service
class FieldHeadcount {

    /** The headcount: a group per vehicle, and one for trainees without a vehicle where there are any. */
    record Board(long itemId, List<Group> groups, boolean vehiclesSet) {}

    /** A vehicle (null id: trainees not seated in any) and its legs; {@code current} null before any count. */
    record Group(
            Long vehicleId,
            String name,
            Integer capacity,
            List<ClassMember> expected,
            Leg current,
            List<LegCount> legs) {

        public LegCount now() {
            return legs.stream().filter(l -> l.leg() == current).findFirst().orElse(null);
        }
    }

    /** Counted someone on a vehicle: who, and the vehicle's name (null: none). */
    record Elsewhere(ClassMember member, String vehicle) {}

    /**
     * A leg of a vehicle: how many expected, how many of them counted (on any vehicle), who is missing, who of them
     * was counted on another vehicle, and who of other vehicles was counted on this one.
     */
    record LegCount(
            Leg leg,
            int expected,
            int counted,
            List<ClassMember> missing,
            List<Elsewhere> onOther,
            List<Elsewhere> fromOther) {}

    private record Count(long cadreId, Leg leg, Long vehicleId) {}

    private final JdbcClient jdbc;
    private final Vehicles vehicles;

    FieldHeadcount(JdbcClient jdbc, Vehicles vehicles) {
        this.jdbc = jdbc;
        this.vehicles = vehicles;
    }

    @Transactional(readOnly = true)
    Board of(long courseId, long itemId) {
        vehicles.requireFieldStudy(courseId, itemId);
        List<ClassMember> trainees = vehicles.trainees(courseId);
        List<Vehicle> set = vehicles.of(itemId);
        Map<Long, Long> seats = vehicles.seats(itemId);
        Map<Long, String> names = new HashMap<>();
        set.forEach(v -> names.put(v.id(), v.name()));
        Map<Leg, Map<Long, Count>> counts = counts(itemId);
        Map<Long, ClassMember> byId = new LinkedHashMap<>();
        trainees.forEach(t -> byId.put(t.cadreId(), t));

        List<Group> groups = new ArrayList<>();
        for (Vehicle vehicle : set) {
            groups.add(group(vehicle.id(), vehicle.name(), vehicle.capacity(), trainees, seats, counts, byId, names));
        }
        boolean anyUnseated = trainees.stream().anyMatch(t -> seats.get(t.cadreId()) == null);
        if (set.isEmpty() || anyUnseated) {
            groups.add(group(null, null, null, trainees, seats, counts, byId, names));
        }
        return new Board(itemId, groups, !set.isEmpty());
    }

    private static Group group(
            Long vehicleId,
            String name,
            Integer capacity,
            List<ClassMember> trainees,
            Map<Long, Long> seats,
            Map<Leg, Map<Long, Count>> counts,
            Map<Long, ClassMember> byId,
            Map<Long, String> names) {
        List<ClassMember> expected = trainees.stream()
                .filter(t -> Objects.equals(seats.get(t.cadreId()), vehicleId))
                .toList();
        List<LegCount> legs = new ArrayList<>();
        Leg current = null;
        for (Leg leg : Leg.values()) {
            Map<Long, Count> at = counts.getOrDefault(leg, Map.of());
            List<ClassMember> missing = new ArrayList<>();
            List<Elsewhere> onOther = new ArrayList<>();
            for (ClassMember member : expected) {
                Count count = at.get(member.cadreId());
                if (count == null) {
                    missing.add(member);
                } else if (!Objects.equals(count.vehicleId(), vehicleId)) {
                    onOther.add(new Elsewhere(member, names.get(count.vehicleId())));
                }
            }
            List<Elsewhere> fromOther = at.values().stream()
                    .filter(c -> Objects.equals(c.vehicleId(), vehicleId)
                            && byId.containsKey(c.cadreId())
                            && !Objects.equals(seats.get(c.cadreId()), vehicleId))
                    .map(c -> new Elsewhere(byId.get(c.cadreId()), names.get(seats.get(c.cadreId()))))
                    .sorted(Comparator.comparing(e -> e.member().staffNumber()))
                    .toList();
            boolean anyone = expected.size() > missing.size() || !fromOther.isEmpty();
            if (anyone) {
                current = leg;
            }
            legs.add(new LegCount(leg, expected.size(), expected.size() - missing.size(), missing, onOther, fromOther));
        }
        return new Group(vehicleId, name, capacity, expected, current, legs);
    }

    /** The latest count of each person at each leg. */
    private Map<Leg, Map<Long, Count>> counts(long itemId) {
        Map<Leg, Map<Long, Count>> counts = new EnumMap<>(Leg.class);
        jdbc.sql("""
                        select distinct on (cadre_id, leg) cadre_id, leg, vehicle_id
                        from attendance_leg where agenda_item_id = ?
                        order by cadre_id, leg, counted_at desc, id desc
                        """)
                .param(itemId)
                .query((rs, n) -> new Count(rs.getLong(1), Leg.valueOf(rs.getString(2)), (Long) rs.getObject(3)))
                .list()
                .forEach(c ->
                        counts.computeIfAbsent(c.leg(), l -> new HashMap<>()).put(c.cadreId(), c));
        return counts;
    }
}
