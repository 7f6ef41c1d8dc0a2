package org.cadretraining.course;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import org.cadretraining.shared.CreditHours;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training rules in force: the latest version saved on the rules page, or the defaults of {@code app.credit.*}
 * until someone saves one. Read from the database each time, so every node of a cluster applies the same rules.
 */
@Component
@EnableConfigurationProperties(CreditSettings.class)
class TrainingRulesStore {

    private final JdbcClient jdbc;
    private final CreditSettings defaults;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    TrainingRulesStore(JdbcClient jdbc, CreditSettings defaults, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.defaults = defaults;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    TrainingRules current() {
        return jdbc.sql("""
                        select hours_per_half_day, hours_per_day, minutes_per_half_day, afternoon_starts,
                               evening_starts, minimum_attended_percent, leave_cap_numerator, leave_cap_denominator,
                               late_after_minutes, early_leave_minutes, evening_credit,
                               check_in_opens_minutes_before
                        from training_rules_version order by id desc limit 1
                        """)
                .query((rs, n) -> new TrainingRules(
                        CreditHours.of(rs.getBigDecimal(1)),
                        CreditHours.of(rs.getBigDecimal(2)),
                        rs.getInt(3),
                        rs.getTime(4).toLocalTime(),
                        rs.getTime(5).toLocalTime(),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getInt(9),
                        rs.getInt(10),
                        EveningCredit.valueOf(rs.getString(11)),
                        rs.getInt(12)))
                .optional()
                .orElseGet(defaults::rules);
    }

    @Transactional
    void save(TrainingRules rules, String by) {
        jdbc.sql("""
                        insert into training_rules_version (hours_per_half_day, hours_per_day, minutes_per_half_day,
                            afternoon_starts, evening_starts, minimum_attended_percent, leave_cap_numerator,
                            leave_cap_denominator, late_after_minutes, early_leave_minutes, evening_credit, saved_at,
                            saved_by, check_in_opens_minutes_before)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        rules.hoursPerHalfDay().value(),
                        rules.hoursPerDay().value(),
                        rules.minutesPerHalfDay(),
                        Time.valueOf(rules.afternoonStarts()),
                        Time.valueOf(rules.eveningStarts()),
                        rules.minimumAttendedPercent(),
                        rules.leaveCapNumerator(),
                        rules.leaveCapDenominator(),
                        rules.lateAfterMinutes(),
                        rules.earlyLeaveMinutes(),
                        rules.eveningCredit().name(),
                        Timestamp.from(clock.instant()),
                        by,
                        rules.checkInOpensMinutesBefore())
                .update();
        events.publishEvent(new TrainingRulesChanged(by));
    }
}
