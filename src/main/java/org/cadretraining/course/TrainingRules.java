package org.cadretraining.course;

import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.cadretraining.shared.CreditHours;

/**
 * The institution's rules for credit hours, attendance and leave, each a setting with the common default:
 *
 * <ul>
 *   <li>{@code hoursPerHalfDay}, {@code hoursPerDay}, {@code minutesPerHalfDay}, {@code afternoonStarts}, {@code
 *       eveningStarts}, {@code eveningCredit}: how the 学时 of agenda items are reckoned (see {@code CreditRule}):
 *       3 per half day of 180 minutes, 6 per day, the evening as a third block.
 *   <li>{@code minimumAttendedPercent}: the share of an item a cadre must attend for its 学时 to be credited (75).
 *   <li>{@code leaveCapNumerator}/{@code leaveCapDenominator}: approved leave may not exceed this fraction of the
 *       course's 学时 (1/7).
 *   <li>{@code lateAfterMinutes}, {@code earlyLeaveMinutes}: a check-in this long after an item starts is late, a
 *       check-out this long before it ends is leaving early (10 each), unless the item sets its own.
 *   <li>{@code checkInOpensMinutesBefore}: check-in at an item opens this long before it starts and closes when it
 *       ends (30), unless the item sets its own.
 *   <li>{@code itemTypes}: how each kind of item earns 学时 (see {@link ItemTypeRule}): by the day and half-day
 *       rule unless the institution counts a kind by its length, a fixed figure or nothing.
 * </ul>
 */
public record TrainingRules(
        CreditHours hoursPerHalfDay,
        CreditHours hoursPerDay,
        int minutesPerHalfDay,
        LocalTime afternoonStarts,
        LocalTime eveningStarts,
        int minimumAttendedPercent,
        int leaveCapNumerator,
        int leaveCapDenominator,
        int lateAfterMinutes,
        int earlyLeaveMinutes,
        EveningCredit eveningCredit,
        int checkInOpensMinutesBefore,
        Map<AgendaItemType, ItemTypeRule> itemTypes) {

    /** Check-in opens this long before an item starts where nobody set otherwise. */
    public static final int DEFAULT_CHECK_IN_OPENS_MINUTES_BEFORE = 30;

    private static final int MINUTES_PER_DAY = 24 * 60;

    public TrainingRules {
        eveningCredit = eveningCredit == null ? EveningCredit.HALF_DAY_BLOCK : eveningCredit;
        Map<AgendaItemType, ItemTypeRule> every = new EnumMap<>(AgendaItemType.class);
        for (AgendaItemType type : AgendaItemType.values()) {
            ItemTypeRule rule = itemTypes == null ? null : itemTypes.get(type);
            every.put(type, rule == null ? ItemTypeRule.DAY_RULE : rule);
        }
        itemTypes = Collections.unmodifiableMap(every);
    }

    /** Rules under which every kind of item counts by the day and half-day rule. */
    public TrainingRules(
            CreditHours hoursPerHalfDay,
            CreditHours hoursPerDay,
            int minutesPerHalfDay,
            LocalTime afternoonStarts,
            LocalTime eveningStarts,
            int minimumAttendedPercent,
            int leaveCapNumerator,
            int leaveCapDenominator,
            int lateAfterMinutes,
            int earlyLeaveMinutes,
            EveningCredit eveningCredit,
            int checkInOpensMinutesBefore) {
        this(
                hoursPerHalfDay,
                hoursPerDay,
                minutesPerHalfDay,
                afternoonStarts,
                eveningStarts,
                minimumAttendedPercent,
                leaveCapNumerator,
                leaveCapDenominator,
                lateAfterMinutes,
                earlyLeaveMinutes,
                eveningCredit,
                checkInOpensMinutesBefore,
                Map.of());
    }

    /** How items of the kind earn 学时; the day and half-day rule unless the institution set otherwise. */
    public ItemTypeRule itemType(AgendaItemType type) {
        return type == null ? ItemTypeRule.DAY_RULE : itemTypes.get(type);
    }

    /** The same rules with these item kinds' rules. */
    public TrainingRules withItemTypes(Map<AgendaItemType, ItemTypeRule> rules) {
        return new TrainingRules(
                hoursPerHalfDay,
                hoursPerDay,
                minutesPerHalfDay,
                afternoonStarts,
                eveningStarts,
                minimumAttendedPercent,
                leaveCapNumerator,
                leaveCapDenominator,
                lateAfterMinutes,
                earlyLeaveMinutes,
                eveningCredit,
                checkInOpensMinutesBefore,
                rules);
    }

    /** The cap on leave for a course worth {@code courseHours}: the rule and the one figure people read. */
    public LeaveCap leaveCap(CreditHours courseHours) {
        return new LeaveCap(courseHours, leaveCapNumerator, leaveCapDenominator);
    }

    /** Whether approved leave of {@code leave} 学时 stays within the cap of a course worth {@code courseHours}. */
    public boolean withinLeaveCap(CreditHours leave, CreditHours courseHours) {
        return leaveCap(courseHours).admits(leave);
    }

    /** The block of the day a moment falls in: morning until the afternoon starts, evening from its start. */
    public DayBlock blockAt(LocalTime time) {
        return time.isBefore(afternoonStarts)
                ? DayBlock.MORNING
                : time.isBefore(eveningStarts) ? DayBlock.AFTERNOON : DayBlock.EVENING;
    }

    /** The block's first minute of the day (0 for the morning). */
    public int blockStartMinute(DayBlock block) {
        return switch (block) {
            case MORNING -> 0;
            case AFTERNOON -> minuteOfDay(afternoonStarts);
            case EVENING -> minuteOfDay(eveningStarts);
        };
    }

    /** The minute of the day after the block's last (midnight for the evening). */
    public int blockEndMinute(DayBlock block) {
        return switch (block) {
            case MORNING -> minuteOfDay(afternoonStarts);
            case AFTERNOON -> minuteOfDay(eveningStarts);
            case EVENING -> MINUTES_PER_DAY;
        };
    }

    /** A fresh reckoning of one day's blocks: the half-day rule, the evening setting and the daily cap. */
    public DayCredit dayCredit() {
        return new DayCredit(this);
    }

    /** Whether {@code hours} are no more than a half day is worth (what a class teacher may approve as leave). */
    public boolean atMostHalfADay(CreditHours hours) {
        return hours.compareTo(hoursPerHalfDay) <= 0;
    }

    /** Whether an item starting at {@code startsAt} earns nothing because evenings earn nothing here. */
    public boolean eveningEarnsNothing(LocalTime startsAt) {
        return blockAt(startsAt) == DayBlock.EVENING && eveningCredit == EveningCredit.NONE;
    }

    /** An item's 学时 with the rules that gave them and the figures of these rules, for its explanation. */
    public ItemCredit itemCredit(CreditHours hours, Set<CreditBasis> bases, LocalTime startsAt) {
        return itemCredit(hours, bases, startsAt, null, 0);
    }

    /** The same, for an item of a kind and length, so that a rule by kind can name its figures. */
    public ItemCredit itemCredit(
            CreditHours hours, Set<CreditBasis> bases, LocalTime startsAt, AgendaItemType type, long minutes) {
        return new ItemCredit(
                hours,
                bases,
                hoursPerHalfDay,
                minutesPerHalfDay,
                hoursPerDay,
                blockAt(startsAt),
                type,
                minutes,
                itemType(type).minutesPerHour());
    }

    static int minuteOfDay(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    /** Whether {@code attendedMinutes} of an item lasting {@code itemMinutes} are enough for its 学时. */
    public boolean attendedEnough(long attendedMinutes, long itemMinutes) {
        return attendedMinutes * 100 >= itemMinutes * (long) minimumAttendedPercent;
    }
}
