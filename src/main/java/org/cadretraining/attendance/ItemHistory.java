package org.cadretraining.attendance;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cadretraining.enrolment.ClassMember;
import org.cadretraining.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What happened at an item, as its page lists it: every scan received and every decision of the organiser. */
@Component
class ItemHistory {

    private final JdbcClient jdbc;

    ItemHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every scan received and every decision of the organiser at the item, latest first. */
    List<AttendanceBoard.HistoryLine> of(long itemId, List<ClassMember> trainees) {
        Map<Long, LocalizedText> names = trainees.stream()
                .collect(Collectors.toMap(
                        ClassMember::cadreId, m -> new LocalizedText(m.name(), m.nameEn()), (a, b) -> a));
        return jdbc.sql("""
                        select received_at as at, recorded_by as who, direction as what, method, outcome, cadre_id,
                               scanned_at, device,
                               coalesce(reason, 'attendance.refusal.' || reason_code) as reason
                        from attendance_audit where agenda_item_id = :item
                        union all
                        select o.decided_at, o.decided_by,
                               case when a.agenda_item_id is not null then 'SHEET'
                                    when a.id is not null then 'AFTERWARDS' else 'OVERRIDE' end,
                               'MANUAL', o.status, o.cadre_id, o.decided_at, null, o.reason
                        from attendance_override o left join attendance_afterwards a on a.id = o.afterwards_id
                        where o.agenda_item_id = :item
                        order by 1 desc
                        limit 200
                        """)
                .param("item", itemId)
                .query((rs, n) -> new AttendanceBoard.HistoryLine(
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("who"),
                        rs.getString("what"),
                        rs.getString("method"),
                        rs.getString("outcome"),
                        names.getOrDefault(rs.getLong("cadre_id"), new LocalizedText("#" + rs.getLong("cadre_id"), "")),
                        rs.getTimestamp("scanned_at").toInstant(),
                        rs.getString("device"),
                        rs.getString("reason")))
                .list();
    }
}
