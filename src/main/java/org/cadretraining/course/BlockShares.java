package org.cadretraining.course;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How the items of one half-day block share its 学时 under {@link CreditRule}: the minutes during which anything is
 * scheduled, and the block's quarters given out by the items' minutes, the odd quarters to the largest remainders.
 */
final class BlockShares {

    private BlockShares() {}

    /** The minutes of the block during which anything is scheduled; overlapping items count their time once. */
    static long scheduledMinutes(List<Share> shares) {
        List<Share> byStart = new ArrayList<>(shares);
        byStart.sort(Comparator.comparingInt((Share s) -> s.from));
        long total = 0;
        int coveredTo = -1;
        for (Share share : byStart) {
            int from = Math.max(share.from, coveredTo);
            if (share.to > from) {
                total += share.to - from;
                coveredTo = share.to;
            }
        }
        return total;
    }

    static void distribute(long blockQuarters, long scheduled, List<Share> shares, long[] quarters) {
        long given = 0;
        for (Share share : shares) {
            share.whole = blockQuarters * share.minutes / scheduled;
            share.remainder = blockQuarters * share.minutes % scheduled;
            given += share.whole;
        }
        List<Share> byRemainder = new ArrayList<>(shares);
        byRemainder.sort(Comparator.comparingLong((Share s) -> -s.remainder)
                .thenComparingInt(s -> s.startMinute)
                .thenComparingInt(s -> s.index));
        for (int i = 0; i < blockQuarters - given; i++) {
            byRemainder.get(i).whole++;
        }
        for (Share share : shares) {
            quarters[share.index] += share.whole;
        }
    }

    /** One item's minutes within one block, and the quarters it is given. */
    static final class Share {
        final int index;
        final int from;
        final int to;
        final long minutes;
        final int startMinute;
        long whole;
        long remainder;

        Share(int index, int from, int to, int startMinute) {
            this.index = index;
            this.from = from;
            this.to = to;
            this.minutes = to - from;
            this.startMinute = startMinute;
        }
    }
}
