package org.cadretraining.credit;

/**
 * The institution's choices where the regulations leave one: whether hours above a yearly requirement carry into
 * the next year (off by default), how a rank change within a window is counted, and how many months a cadre
 * promoted to county level has to meet the five-year requirement (12).
 */
record CreditPolicy(boolean carryOver, RankChange rankChange, int promotionMonths) {

    static final CreditPolicy DEFAULTS = new CreditPolicy(false, RankChange.FROM_CHANGE, 12);
}
