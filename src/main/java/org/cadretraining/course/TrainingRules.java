package org.cadretraining.course;

import java.math.BigInteger;
import java.time.LocalTime;
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
        int checkInOpensMinutesBefore) {

    /** Check-in opens this long before an item starts where nobody set otherwise. */
    public static final int DEFAULT_CHECK_IN_OPENS_MINUTES_BEFORE = 30;

    public TrainingRules {
        eveningCredit = eveningCredit == null ? EveningCredit.HALF_DAY_BLOCK : eveningCredit;
    }

    /** The rules with check-in opening at the default time before an item, as before it was a setting. */
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
            EveningCredit eveningCredit) {
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
                DEFAULT_CHECK_IN_OPENS_MINUTES_BEFORE);
    }

    /** The rules with the evening counted as a half-day block, as before evenings had their own setting. */
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
            int earlyLeaveMinutes) {
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
                EveningCredit.HALF_DAY_BLOCK);
    }

    /** Whether approved leave of {@code leave} 学时 stays within the cap of a course worth {@code courseHours}. */
    public boolean withinLeaveCap(CreditHours leave, CreditHours courseHours) {
        // leave / course <= numerator / denominator, compared exactly in quarters
        BigInteger left = BigInteger.valueOf(leave.quarters()).multiply(BigInteger.valueOf(leaveCapDenominator));
        BigInteger right = BigInteger.valueOf(courseHours.quarters()).multiply(BigInteger.valueOf(leaveCapNumerator));
        return left.compareTo(right) <= 0;
    }

    /** The cap itself, rounded down to a quarter, for people to read ("至多 5.00 学时"). */
    public CreditHours leaveCap(CreditHours courseHours) {
        return CreditHours.ofQuarters(courseHours.quarters() * leaveCapNumerator / leaveCapDenominator);
    }

    /** Whether {@code attendedMinutes} of an item lasting {@code itemMinutes} are enough for its 学时. */
    public boolean attendedEnough(long attendedMinutes, long itemMinutes) {
        return attendedMinutes * 100 >= itemMinutes * (long) minimumAttendedPercent;
    }
}
