package org.cadretraining.completion;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates of completion: numbered per year without gaps ("2023-0001"), each with a random verification code
 * for its public page, never issued to anyone who did not complete, and revoked only with a reason, the record kept.
 */
@Service
class Certificates {

    record Certificate(
            long id,
            long courseId,
            long cadreId,
            int year,
            String serial,
            String verificationCode,
            CreditHours hours,
            Instant issuedAt,
            Instant revokedAt,
            String revokedBy,
            String revocationReason) {

        public boolean valid() {
            return revokedAt == null;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    Certificates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Issues the certificate of a trainee recorded as having completed the course, in the caller's transaction.
     * The completion record is checked here again, so no path can certify someone the rule did not pass.
     */
    @Transactional
    Certificate issue(long courseId, long cadreId, int year) {
        Boolean completed = jdbc.sql("select completed from course_completion where course_id = ? and cadre_id = ?")
                .params(courseId, cadreId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
        if (!completed) {
            throw DomainException.conflict(null, "completion.certificate.notCompleted");
        }
        Optional<Certificate> existing = find("where course_id = ? and cadre_id = ?", courseId, cadreId);
        if (existing.isPresent()) {
            return existing.get();
        }
        // the sequence row stays locked until the transaction ends: numbers are given in order, and a rollback
        // gives its number back
        int number = jdbc.sql("""
                        insert into certificate_sequence (year, last_number) values (?, 1)
                        on conflict (year) do update set last_number = certificate_sequence.last_number + 1
                        returning last_number
                        """).param(year).query(Integer.class).single();
        String serial = "%d-%04d".formatted(year, number);
        jdbc.sql("""
                        insert into certificate (course_id, cadre_id, year, number, serial, verification_code, hours,
                                                 issued_at)
                        select ?, ?, ?, ?, ?, ?, credited_hours, ? from course_completion
                        where course_id = ? and cadre_id = ?
                        """)
                .params(
                        courseId,
                        cadreId,
                        year,
                        number,
                        serial,
                        newCode(),
                        Timestamp.from(clock.instant()),
                        courseId,
                        cadreId)
                .update();
        return find("where serial = ?", serial).orElseThrow();
    }

    @Transactional
    void revoke(long certificateId, String reason, CurrentUser user) {
        if (!user.actsForInstitution()) {
            throw DomainException.forbidden();
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw DomainException.invalid("reason", "completion.revoke.reasonRequired");
        }
        Certificate certificate =
                byId(certificateId).orElseThrow(() -> DomainException.notFound("completion.certificate.notFound"));
        if (!certificate.valid()) {
            throw DomainException.conflict(null, "completion.revoke.already");
        }
        jdbc.sql("update certificate set revoked_at = ?, revoked_by = ?, revocation_reason = ? where id = ?")
                .params(Timestamp.from(clock.instant()), user.username(), why, certificateId)
                .update();
    }

    @Transactional(readOnly = true)
    Optional<Certificate> byId(long id) {
        return find("where id = ?", id);
    }

    @Transactional(readOnly = true)
    Optional<Certificate> byCode(String code) {
        return find("where verification_code = ?", code);
    }

    @Transactional(readOnly = true)
    List<Certificate> ofCourse(long courseId) {
        return list("where course_id = ? order by number", courseId);
    }

    @Transactional(readOnly = true)
    List<Certificate> ofCadre(long cadreId) {
        return list("where cadre_id = ? order by issued_at, id", cadreId);
    }

    /** 120 random bits, URL-safe: a certificate cannot be found by guessing or counting. */
    private static String newCode() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private Optional<Certificate> find(String where, Object... params) {
        return list(where, params).stream().findFirst();
    }

    private List<Certificate> list(String where, Object... params) {
        return jdbc.sql("""
                        select id, course_id, cadre_id, year, serial, verification_code, hours, issued_at,
                               revoked_at, revoked_by, revocation_reason
                        from certificate
                        """ + where)
                .params(params)
                .query((rs, n) -> new Certificate(
                        rs.getLong("id"),
                        rs.getLong("course_id"),
                        rs.getLong("cadre_id"),
                        rs.getInt("year"),
                        rs.getString("serial"),
                        rs.getString("verification_code"),
                        CreditHours.of(rs.getBigDecimal("hours")),
                        rs.getTimestamp("issued_at").toInstant(),
                        rs.getTimestamp("revoked_at") == null
                                ? null
                                : rs.getTimestamp("revoked_at").toInstant(),
                        rs.getString("revoked_by"),
                        rs.getString("revocation_reason")))
                .list();
    }
}
