package org.cadretraining.credit.online;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The academies and their saved column mappings. */
@Repository
class OnlineAcademies {

    private final JdbcClient jdbc;
    private final Clock clock;

    OnlineAcademies(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<OnlineAcademy> all() {
        return jdbc.sql("select * from online_academy order by name")
                .query(OnlineAcademies::academy)
                .list();
    }

    @Transactional(readOnly = true)
    Optional<OnlineAcademy> find(long id) {
        return jdbc.sql("select * from online_academy where id = :id")
                .param("id", id)
                .query(OnlineAcademies::academy)
                .optional();
    }

    OnlineAcademy get(long id) {
        return find(id).orElseThrow(() -> DomainException.notFound("credit.online.academy.notFound"));
    }

    /** Saves a new academy (id null) or a changed mapping; the next file of the academy is read with it. */
    @Transactional
    long save(Long id, String name, Map<RecordField, String> mapping, CurrentUser user) {
        if (!user.actsForInstitution()) {
            throw DomainException.forbidden();
        }
        var statement = jdbc.sql(id == null ? """
                                insert into online_academy (name, col_staff_number, col_name, col_unit, col_title,
                                    col_minutes, col_hours, col_completed_on, col_test_passed, changed_at, changed_by)
                                values (:name, :STAFF_NUMBER, :NAME, :UNIT, :TITLE, :MINUTES, :HOURS, :COMPLETED_ON,
                                        :TEST_PASSED, :at, :by)
                                returning id
                                """ : """
                                update online_academy set name = :name, col_staff_number = :STAFF_NUMBER,
                                    col_name = :NAME, col_unit = :UNIT, col_title = :TITLE, col_minutes = :MINUTES,
                                    col_hours = :HOURS, col_completed_on = :COMPLETED_ON,
                                    col_test_passed = :TEST_PASSED, changed_at = :at, changed_by = :by
                                where id = :id
                                returning id
                                """)
                .param("id", id)
                .param("name", name)
                .param("at", Timestamp.from(clock.instant()))
                .param("by", user.username());
        for (RecordField field : RecordField.values()) {
            statement = statement.param(field.name(), mapping.get(field));
        }
        try {
            return statement
                    .query(Long.class)
                    .optional()
                    .orElseThrow(() -> DomainException.notFound("credit.online.academy.notFound"));
        } catch (DuplicateKeyException taken) {
            throw DomainException.conflict("name", "credit.online.academy.nameTaken");
        }
    }

    private static OnlineAcademy academy(ResultSet rs, int n) throws SQLException {
        Map<RecordField, String> mapping = new EnumMap<>(RecordField.class);
        for (RecordField field : RecordField.values()) {
            String header = rs.getString(field.column());
            if (header != null) {
                mapping.put(field, header);
            }
        }
        return new OnlineAcademy(rs.getLong("id"), rs.getString("name"), mapping);
    }
}
