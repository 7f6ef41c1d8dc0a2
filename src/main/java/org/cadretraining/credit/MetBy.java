package org.cadretraining.credit;

/** Which way a cadre meets a requirement: by its hours, or by days of full-time training; NOT_YET while short. */
public enum MetBy {
    HOURS,
    DAYS,
    NOT_YET;

    static MetBy of(boolean byHours, boolean byDays) {
        return byHours ? HOURS : byDays ? DAYS : NOT_YET;
    }
}
