package org.cadretraining.credit;

/** Where an entry's hours come from: one of the institution's courses, external training, or an online academy. */
public enum CreditSource {
    COURSE,
    EXTERNAL,
    ONLINE
}
