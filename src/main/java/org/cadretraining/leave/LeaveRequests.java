package org.cadretraining.leave;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Leave requests as stored: written, read, locked for a decision, and the sums the cap is held against. */
@Component
class LeaveRequests {

    private final JdbcClient jdbc;

    LeaveRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long courseId,
            long cadreId,
            String reason,
            CreditHours hours,
            Collection<Long> itemIds,
            Instant at,
            String by) {
        long id = jdbc.sql("""
                        insert into leave_request (course_id, cadre_id, reason, status, hours, requested_at,
                                                   requested_by)
                        values (?, ?, ?, 'REQUESTED', ?, ?, ?) returning id
                        """)
                .params(courseId, cadreId, reason, hours.value(), Timestamp.from(at), by)
                .query(Long.class)
                .single();
        for (long item : itemIds) {
            jdbc.sql("insert into leave_request_item (request_id, agenda_item_id) values (?, ?)")
                    .params(id, item)
                    .update();
        }
        return id;
    }

    void approved(long requestId, boolean pastCap, Instant at, String by) {
        jdbc.sql("""
                        update leave_request set status = 'APPROVED', decided_at = ?, decided_by = ?, past_cap = ?
                        where id = ?
                        """).params(Timestamp.from(at), by, pastCap, requestId).update();
    }

    void rejected(long requestId, String note, Instant at, String by) {
        jdbc.sql("""
                        update leave_request set status = 'REJECTED', decided_at = ?, decided_by = ?,
                                                 decision_note = ?
                        where id = ?
                        """).params(Timestamp.from(at), by, note, requestId).update();
    }

    void cancelled(long requestId, Instant at, String by) {
        jdbc.sql("update leave_request set status = 'CANCELLED', decided_at = ?, decided_by = ? where id = ?")
                .params(Timestamp.from(at), by, requestId)
                .update();
    }

    /** The request, read after locking the cadre's requests, so two approvals cannot both slip under the cap. */
    LeaveRequest lockedForDecision(long requestId) {
        Long cadre = jdbc.sql("select cadre_id from leave_request where id = ?")
                .param(requestId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("leave.request.notFound"));
        jdbc.sql("select id from leave_request where cadre_id = ? for update")
                .param(cadre)
                .query(Long.class)
                .list();
        return find(requestId).orElseThrow();
    }

    @Transactional(readOnly = true)
    Optional<LeaveRequest> find(long requestId) {
        return read("where r.id = ?", requestId).stream().findFirst();
    }

    @Transactional(readOnly = true)
    List<LeaveRequest> ofCourse(long courseId) {
        return read("where r.course_id = ?", courseId);
    }

    @Transactional(readOnly = true)
    List<LeaveRequest> ofCadre(long courseId, long cadreId) {
        return read("where r.course_id = ? and r.cadre_id = ?", courseId, cadreId);
    }

    CreditHours approvedHours(long courseId, long cadreId) {
        return CreditHours.of(
                jdbc.sql("""
                        select coalesce(sum(hours), 0) from leave_request
                        where course_id = ? and cadre_id = ? and status = 'APPROVED'
                        """).params(courseId, cadreId).query(BigDecimal.class).single());
    }

    Set<Long> pendingOrApprovedItems(long courseId, long cadreId) {
        return Set.copyOf(
                jdbc.sql("""
                        select i.agenda_item_id from leave_request r join leave_request_item i on i.request_id = r.id
                        where r.course_id = ? and r.cadre_id = ? and r.status in ('REQUESTED', 'APPROVED')
                        """).params(courseId, cadreId).query(Long.class).list());
    }

    private List<LeaveRequest> read(String where, Object... params) {
        return jdbc.sql("""
                        select r.id, r.course_id, r.cadre_id, r.reason, r.status, r.hours, r.requested_at,
                               r.requested_by, r.decided_at, r.decided_by, r.decision_note, r.past_cap,
                               coalesce((select string_agg(i.agenda_item_id::text, ',' order by i.agenda_item_id)
                                         from leave_request_item i where i.request_id = r.id), '') as items
                        from leave_request r
                        """ + where + " order by r.requested_at desc, r.id desc")
                .params(params)
                .query((rs, n) -> new LeaveRequest(
                        rs.getLong("id"),
                        rs.getLong("course_id"),
                        rs.getLong("cadre_id"),
                        rs.getString("reason"),
                        LeaveRequest.Status.valueOf(rs.getString("status")),
                        CreditHours.of(rs.getBigDecimal("hours")),
                        rs.getString("items").isEmpty()
                                ? List.of()
                                : Arrays.stream(rs.getString("items").split(","))
                                        .map(Long::valueOf)
                                        .toList(),
                        rs.getTimestamp("requested_at").toInstant(),
                        rs.getString("requested_by"),
                        rs.getTimestamp("decided_at") == null
                                ? null
                                : rs.getTimestamp("decided_at").toInstant(),
                        rs.getString("decided_by"),
                        rs.getString("decision_note"),
                        rs.getBoolean("past_cap")))
                .list();
    }
}
