package org.cadretraining.credit;

/**
 * How a cadre whose rank tier changed inside a requirement's window is held to it: by the new tier's whole
 * requirement from the change on, or by each tier's yearly share for the months held in the window.
 */
public enum RankChange {
    FROM_CHANGE,
    PRO_RATA
}
