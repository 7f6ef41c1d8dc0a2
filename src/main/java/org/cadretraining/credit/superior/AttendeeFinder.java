package org.cadretraining.credit.superior;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadretraining.organisation.StaffNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the attendees of a course among the cadres the organiser may record for (the whole institution, or a
 * liaison's subtree): each picked cadre, each pasted line or file row by staff number or else by name. A name that
 * several cadres share, or one outside the subtree, is a problem, never a guess.
 */
@Component
class AttendeeFinder {

    private final JdbcClient jdbc;

    AttendeeFinder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code given} pairs where each came from (a line or row label) with its text. */
    AttendeeList find(List<Long> picked, Map<String, String> given, String subtree) {
        Map<Long, Attendee> found = new LinkedHashMap<>();
        List<AttendeeProblem> problems = new ArrayList<>();
        for (Long id : picked) {
            List<Attendee> matches = query("c.id = :value", id, subtree);
            if (matches.isEmpty()) {
                problems.add(new AttendeeProblem("", "" + id, "credit.superior.attendee.outOfScope"));
            } else {
                found.putIfAbsent(id, matches.getFirst());
            }
        }
        given.forEach((source, text) -> {
            String value = text.strip();
            String staffNumber = StaffNumber.normalize(value);
            List<Attendee> matches = staffNumber.isEmpty() || staffNumber.length() > StaffNumber.MAX_LENGTH
                    ? List.of()
                    : query("c.staff_number = :value", staffNumber, subtree);
            if (matches.isEmpty()) {
                matches = query("c.name = :value", value, subtree);
            }
            if (matches.size() == 1) {
                found.putIfAbsent(matches.getFirst().cadreId(), matches.getFirst());
            } else {
                problems.add(new AttendeeProblem(
                        source,
                        value,
                        matches.isEmpty()
                                ? "credit.superior.attendee.notFound"
                                : "credit.superior.attendee.ambiguous"));
            }
        });
        return new AttendeeList(List.copyOf(found.values()), problems);
    }

    private List<Attendee> query(String condition, Object value, String subtree) {
        return jdbc.sql("select c.id, c.staff_number, c.name, u.name_zh from cadre c join unit u on u.id = c.unit_id"
                        + " where " + condition + " and u.path like :subtree || '%' order by c.staff_number limit 5")
                .param("value", value)
                .param("subtree", subtree)
                .query((rs, n) -> new Attendee(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
