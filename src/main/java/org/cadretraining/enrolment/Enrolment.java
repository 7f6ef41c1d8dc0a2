package org.cadretraining.enrolment;

import java.sql.ResultSet;
import java.sql.SQLException;

/** One cadre's place in a course, as stored. */
record Enrolment(
        long id,
        long courseId,
        long cadreId,
        Long quotaUnitId,
        EnrolmentStatus status,
        CourseRole role,
        Long replacesId,
        String reason) {

    static final String COLUMNS = "id, course_id, cadre_id, quota_unit_id, status, course_role, replaces_id, reason";

    static Enrolment map(ResultSet rs, int row) throws SQLException {
        return new Enrolment(
                rs.getLong("id"),
                rs.getLong("course_id"),
                rs.getLong("cadre_id"),
                rs.getObject("quota_unit_id", Long.class),
                EnrolmentStatus.valueOf(rs.getString("status")),
                CourseRole.valueOf(rs.getString("course_role")),
                rs.getObject("replaces_id", Long.class),
                rs.getString("reason"));
    }

    boolean nominated() {
        return quotaUnitId != null;
    }
}
