package org.cadretraining.credit;

/** Where external training took place; training at an online academy counts toward the online requirement. */
enum ExternalKind {
    HIGHER_LEVEL,
    OTHER_INSTITUTION,
    ONLINE_ACADEMY;

    CreditCategory category() {
        return this == ONLINE_ACADEMY ? CreditCategory.ONLINE : CreditCategory.FULL_TIME;
    }

    CreditSource source() {
        return this == ONLINE_ACADEMY ? CreditSource.ONLINE : CreditSource.EXTERNAL;
    }
}
