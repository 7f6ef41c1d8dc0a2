package org.cadretraining.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A number of credit hours (学时): exact, never negative, in steps of a quarter hour, always shown with two
 * decimals. Arithmetic stays exact because every value is a whole number of quarters. In JSON it is a plain number.
 */
public record CreditHours(@JsonValue BigDecimal value) implements Comparable<CreditHours> {

    // declared before ZERO, whose construction needs it
    private static final BigDecimal QUARTERS_PER_HOUR = BigDecimal.valueOf(4);

    public static final CreditHours ZERO = new CreditHours(BigDecimal.ZERO);

    public CreditHours {
        if (value == null) {
            throw new IllegalArgumentException("Credit hours are required");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("Credit hours cannot be negative: " + value);
        }
        if (!isWholeQuarters(value)) {
            throw new IllegalArgumentException("Credit hours come in steps of 0.25: " + value);
        }
        value = value.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static CreditHours of(String value) {
        return new CreditHours(new BigDecimal(value));
    }

    public static CreditHours of(BigDecimal value) {
        return new CreditHours(value);
    }

    public static CreditHours ofQuarters(long quarters) {
        return new CreditHours(BigDecimal.valueOf(quarters).divide(QUARTERS_PER_HOUR));
    }

    /** The nearest quarter to an exact figure computed by a rule; halves round up, as a teacher would. */
    public static CreditHours nearestQuarter(BigDecimal exact) {
        BigDecimal quarters = exact.multiply(QUARTERS_PER_HOUR).setScale(0, RoundingMode.HALF_UP);
        return ofQuarters(quarters.longValueExact());
    }

    /** Whether a figure someone typed is acceptable as credit hours. */
    public static boolean isValid(BigDecimal value) {
        return value != null && value.signum() >= 0 && isWholeQuarters(value);
    }

    private static boolean isWholeQuarters(BigDecimal value) {
        return value.multiply(QUARTERS_PER_HOUR).stripTrailingZeros().scale() <= 0;
    }

    public long quarters() {
        return value.multiply(QUARTERS_PER_HOUR).longValueExact();
    }

    public CreditHours plus(CreditHours other) {
        return new CreditHours(value.add(other.value));
    }

    public CreditHours minus(CreditHours other) {
        return new CreditHours(value.subtract(other.value));
    }

    public CreditHours min(CreditHours other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    @Override
    public int compareTo(CreditHours other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
