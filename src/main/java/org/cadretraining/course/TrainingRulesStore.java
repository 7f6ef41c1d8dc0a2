package org.cadretraining.course;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
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

    /** The version in force, as an entry written under it names it: {@code training-rules:<id>}, or the defaults. */
    @Transactional(readOnly = true)
    String version() {
        return jdbc.sql("select max(id) from training_rules_version")
                .query(Long.class)
                .optional()
                .map(id -> "training-rules:" + id)
                .orElse("training-rules:default");
    }

    @Transactional(readOnly = true)
    TrainingRules current() {
        return jdbc.sql("""
                        select id, hours_per_half_day, hours_per_day, minutes_per_half_day, afternoon_starts,
                               evening_starts, minimum_attended_percent, leave_cap_numerator, leave_cap_denominator,
                               late_after_minutes, early_leave_minutes, evening_credit,
                               check_in_opens_minutes_before
                        from training_rules_version order by id desc limit 1
                        """)
                .query((rs, n) -> new TrainingRules(
                        CreditHours.of(rs.getBigDecimal(2)),
                        CreditHours.of(rs.getBigDecimal(3)),
                        rs.getInt(4),
                        rs.getTime(5).toLocalTime(),
                        rs.getTime(6).toLocalTime(),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getInt(9),
                        rs.getInt(10),
                        rs.getInt(11),
                        EveningCredit.valueOf(rs.getString(12)),
                        rs.getInt(13),
                        itemTypes(rs.getLong(1))))
                .optional()
                .orElseGet(defaults::rules);
    }

    private Map<AgendaItemType, ItemTypeRule> itemTypes(long versionId) {
        Map<AgendaItemType, ItemTypeRule> rules = new EnumMap<>(AgendaItemType.class);
        jdbc.sql("select item_type, counted, minutes_per_hour, fixed_hours from training_rules_item_type"
                        + " where version_id = ?")
                .param(versionId)
                .query(rs -> {
                    rules.put(
                            AgendaItemType.valueOf(rs.getString(1)),
                            new ItemTypeRule(
                                    ItemTypeCount.valueOf(rs.getString(2)),
                                    rs.getInt(3),
                                    CreditHours.of(rs.getBigDecimal(4))));
                });
        return rules;
    }

    @Transactional
    void save(TrainingRules rules, String by) {
        long id = jdbc.sql("""
                        insert into training_rules_version (hours_per_half_day, hours_per_day, minutes_per_half_day,
                            afternoon_starts, evening_starts, minimum_attended_percent, leave_cap_numerator,
                            leave_cap_denominator, late_after_minutes, early_leave_minutes, evening_credit, saved_at,
                            saved_by, check_in_opens_minutes_before)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        returning id
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
                .query(Long.class)
                .single();
        rules.itemTypes().forEach((type, rule) -> jdbc.sql("""
                        insert into training_rules_item_type (version_id, item_type, counted, minutes_per_hour,
                                                              fixed_hours)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        type.name(),
                        rule.count().name(),
                        rule.minutesPerHour(),
                        rule.fixedHours().value())
                .update());
        events.publishEvent(new TrainingRulesChanged(by));
    }
}
