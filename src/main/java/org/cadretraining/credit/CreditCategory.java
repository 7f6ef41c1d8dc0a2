package org.cadretraining.credit;

/** Which requirement an entry counts toward: full-time training (550 per five years, 90 a year) or online (50 a year). */
public enum CreditCategory {
    FULL_TIME,
    ONLINE
}
