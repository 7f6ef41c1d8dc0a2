package org.cadretraining.course;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.cadretraining.shared.CreditHours;

/**
 * The leave cap of a course under the training rules: approved leave may not exceed {@code numerator/denominator} of
 * the course's 学时. The one home of that arithmetic: the rule compares exactly, and people read one figure, the cap
 * cut to two decimals (36 学时 at 1/7 → 5.14), the same on the leave pages and the completion page. Since leave comes
 * in quarters, leave of at most that figure is exactly the leave within the cap.
 */
public record LeaveCap(CreditHours courseHours, int numerator, int denominator) {

    /** Whether approved leave of {@code leave} 学时 stays within the cap. */
    public boolean admits(CreditHours leave) {
        // leave / course <= numerator / denominator, compared exactly in quarters
        BigInteger left = BigInteger.valueOf(leave.quarters()).multiply(BigInteger.valueOf(denominator));
        BigInteger right = BigInteger.valueOf(courseHours.quarters()).multiply(BigInteger.valueOf(numerator));
        return left.compareTo(right) <= 0;
    }

    /** The cap for people to read, cut (never rounded up) to two decimals: "5.14". */
    public BigDecimal figure() {
        return courseHours
                .value()
                .multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.DOWN);
    }

    /** The figure as text, "5.14", "5.00". */
    public String shown() {
        return figure().toPlainString();
    }

    /** The fraction of the course's 学时 that leave may take, as "1/7". */
    public String fraction() {
        return numerator + "/" + denominator;
    }
}
