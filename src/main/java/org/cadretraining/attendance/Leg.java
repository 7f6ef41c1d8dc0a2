package org.cadretraining.attendance;

/**
 * A leg of a field study at which heads are counted, in the order they happen. Depart counts as the check-in and
 * leaving the site as the check-out, so a field study's minutes are reckoned as any item's; arriving and returning
 * are headcounts only.
 */
enum Leg {
    /** Boarding the vehicle at the school (出发). */
    DEPART(Scan.Direction.IN, true),
    /** Getting off at the site (到达). */
    ARRIVE(Scan.Direction.IN, false),
    /** Boarding again to leave the site (离开). */
    LEAVE_SITE(Scan.Direction.OUT, true),
    /** Getting off back at the school (返回). */
    RETURN(Scan.Direction.OUT, false);

    private final Scan.Direction window;
    private final boolean presence;

    Leg(Scan.Direction window, boolean presence) {
        this.window = window;
        this.presence = presence;
    }

    /** Whose window a count at this leg must lie in: the check-in's before the site, the check-out's after. */
    public Scan.Direction window() {
        return window;
    }

    /** Whether a count at this leg is also the item's check-in or check-out (depart, leave the site). */
    boolean countsForPresence() {
        return presence;
    }
}
