package org.cadretraining.attendance;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadretraining.organisation.OrganisationDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The failed-scan log of an agenda item: every scan that was refused or came after a check-in that stands, with
 * its reason code, the time it claimed, when it arrived, who sent it from which device, and the people it names.
 */
@Component
class FailedScanLog {

    static final int MOST_LINES = 500;

    /** One failed scan; {@code person} and {@code otherPerson} are names (the latter for a scan id conflict). */
    record Line(
            Instant receivedAt,
            Instant scannedAt,
            String person,
            Long cadreId,
            String otherPerson,
            Long otherCadreId,
            String direction,
            String method,
            String outcome,
            String reasonCode,
            String sentBy,
            String device) {

        /** The message key of the reason: the code's sentence, or, for lines from before codes, the outcome's. */
        public String reasonKey() {
            return reasonCode == null ? "attendance.outcome." + outcome : "attendance.refusal." + reasonCode;
        }
    }

    private record Raw(
            Instant receivedAt,
            Instant scannedAt,
            Long cadreId,
            Long otherCadreId,
            String direction,
            String method,
            String outcome,
            String reasonCode,
            String sentBy,
            String device) {}

    private final JdbcClient jdbc;
    private final OrganisationDirectory directory;

    FailedScanLog(JdbcClient jdbc, OrganisationDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** The item's failed scans, the latest first, at most {@value #MOST_LINES}. */
    @Transactional(readOnly = true)
    List<Line> of(long itemId, java.util.Locale locale) {
        List<Raw> raws = jdbc.sql("""
                        select received_at, scanned_at, cadre_id, other_cadre_id, direction, method, outcome,
                               reason_code, recorded_by, device
                        from attendance_audit
                        where agenda_item_id = ? and outcome in ('REFUSED', 'CONFLICT')
                        order by id desc
                        limit ?
                        """)
                .params(itemId, MOST_LINES)
                .query((rs, n) -> new Raw(
                        rs.getTimestamp(1).toInstant(),
                        rs.getTimestamp(2).toInstant(),
                        (Long) rs.getObject(3),
                        (Long) rs.getObject(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10)))
                .list();
        Set<Long> people = new HashSet<>();
        raws.forEach(raw -> {
            if (raw.cadreId() != null) {
                people.add(raw.cadreId());
            }
            if (raw.otherCadreId() != null) {
                people.add(raw.otherCadreId());
            }
        });
        Map<Long, OrganisationDirectory.CadreSummary> names = directory.cadres(people);
        return raws.stream()
                .map(raw -> new Line(
                        raw.receivedAt(),
                        raw.scannedAt(),
                        name(names, raw.cadreId(), locale),
                        raw.cadreId(),
                        name(names, raw.otherCadreId(), locale),
                        raw.otherCadreId(),
                        raw.direction(),
                        raw.method(),
                        raw.outcome(),
                        raw.reasonCode(),
                        raw.sentBy(),
                        raw.device()))
                .toList();
    }

    private static String name(Map<Long, OrganisationDirectory.CadreSummary> names, Long id, java.util.Locale locale) {
        if (id == null) {
            return null;
        }
        OrganisationDirectory.CadreSummary person = names.get(id);
        return person == null ? "#" + id : person.nameIn(locale);
    }
}
