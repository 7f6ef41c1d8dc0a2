package org.cadretraining.course;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.cadretraining.shared.CreditHours;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The institution's rule for the 学时 of agenda items, by half-day blocks (morning, afternoon, evening):
 *
 * <ol>
 *   <li>A block is worth {@code hours-per-half-day} (3) when at least {@code minutes-per-half-day} (180) of it are
 *       scheduled, and proportionally less when fewer are, to the nearest quarter.
 *   <li>A day is never worth more than {@code hours-per-day} (6): blocks take their hours in time order until the
 *       day's allowance is used up, so an evening adds only what the day has left. The evening may instead count
 *       by its minutes at the half-day rate outside the allowance, or count nothing ({@code eveningCredit}).
 *   <li>A block's hours are shared by the items in it in proportion to their minutes in that block, in quarters,
 *       the odd quarters going to the items with the largest remainders (then the earlier ones). An item that
 *       spans blocks, such as a day-long field study, collects its share of each.
 *   <li>Items that share one sitting (a ceremony then a meeting in the same hall) overlap: a block counts the
 *       minutes during which anything is scheduled, so the shared time earns its 学时 once.
 * </ol>
 *
 * So a full morning of one 3-hour lecture earns 3, two 90-minute micro-courses 1.5 each, a 30-minute opening
 * ceremony alone in its block 0.5. Items whose 学时 the organiser fixed are left out and keep their figure; items of a
 * kind the institution counts otherwise ({@link ItemTypeRule}: by length, a fixed figure, nothing) are reckoned by
 * that rule alone, outside the blocks and the day's allowance.
 */
@Component
class CreditRule {

    /** An item's time on one day and its kind, in the order the caller gives them. */
    record Slot(LocalDate day, LocalTime startsAt, LocalTime endsAt, AgendaItemType type) {

        /** An item counted by the day and half-day rule. */
        Slot(LocalDate day, LocalTime startsAt, LocalTime endsAt) {
            this(day, startsAt, endsAt, null);
        }

        long minutes() {
            return TrainingRules.minuteOfDay(endsAt) - TrainingRules.minuteOfDay(startsAt);
        }
    }

    private final Supplier<TrainingRules> rules;

    @Autowired
    CreditRule(TrainingRulesStore store) {
        this.rules = store::current;
    }

    /** A rule with fixed numbers, for tests of the arithmetic. */
    CreditRule(TrainingRules fixed) {
        this.rules = () -> fixed;
    }

    /** The rules in force now. */
    TrainingRules current() {
        return rules.get();
    }

    /** The 学时 of each slot, in the order given. */
    List<CreditHours> hoursFor(List<Slot> slots) {
        return reckon(slots).stream().map(Reckoned::hours).toList();
    }

    /** The 学时 of each slot and the rules that gave them, in the order given. */
    List<Reckoned> reckon(List<Slot> slots) {
        TrainingRules settings = rules.get();
        long[] quarters = new long[slots.size()];
        int[] blocks = new int[slots.size()];
        List<Set<CreditBasis>> bases = new ArrayList<>(slots.size());
        for (int i = 0; i < slots.size(); i++) {
            bases.add(EnumSet.noneOf(CreditBasis.class));
        }
        Map<LocalDate, List<Integer>> byDay = new TreeMap<>();
        for (int i = 0; i < slots.size(); i++) {
            ItemTypeRule byKind = settings.itemType(slots.get(i).type());
            if (byKind.byDayRule()) {
                byDay.computeIfAbsent(slots.get(i).day(), d -> new ArrayList<>())
                        .add(i);
            } else {
                // a kind counted on its own takes no share of its half day and none of the day's allowance
                quarters[i] = byKind.hoursFor(slots.get(i).minutes()).quarters();
                bases.get(i).add(byKind.basis());
            }
        }
        for (List<Integer> day : byDay.values()) {
            creditDay(settings, slots, day, quarters, blocks, bases);
        }
        List<Reckoned> reckoned = new ArrayList<>(slots.size());
        for (int i = 0; i < slots.size(); i++) {
            reckoned.add(new Reckoned(CreditHours.ofQuarters(quarters[i]), wholeDay(bases.get(i), blocks[i])));
        }
        return reckoned;
    }

    /** One slot's 学时 and the rules that gave them. */
    record Reckoned(CreditHours hours, Set<CreditBasis> bases) {}

    private static void creditDay(
            TrainingRules settings,
            List<Slot> slots,
            List<Integer> day,
            long[] quarters,
            int[] blocks,
            List<Set<CreditBasis>> bases) {
        DayCredit credit = settings.dayCredit();
        for (DayBlock block : DayBlock.values()) {
            int blockStart = settings.blockStartMinute(block);
            int blockEnd = settings.blockEndMinute(block);
            List<BlockShares.Share> shares = new ArrayList<>();
            long sharedMinutes = 0;
            for (int index : day) {
                Slot slot = slots.get(index);
                int from = Math.max(TrainingRules.minuteOfDay(slot.startsAt()), blockStart);
                int to = Math.min(TrainingRules.minuteOfDay(slot.endsAt()), blockEnd);
                if (to > from) {
                    shares.add(new BlockShares.Share(index, from, to, TrainingRules.minuteOfDay(slot.startsAt())));
                    sharedMinutes += to - from;
                }
            }
            if (shares.isEmpty()) {
                continue;
            }
            DayCredit.BlockCredit blockCredit = credit.block(block, BlockShares.scheduledMinutes(shares));
            BlockShares.distribute(blockCredit.quarters(), sharedMinutes, shares, quarters);
            for (BlockShares.Share share : shares) {
                blocks[share.index]++;
                bases.get(share.index).addAll(blockCredit.bases());
                if (shares.size() > 1) {
                    bases.get(share.index).add(CreditBasis.SHARED);
                }
            }
        }
    }

    /** An item alone in two or more full half days, none of them capped, earned a whole day. */
    private static Set<CreditBasis> wholeDay(Set<CreditBasis> bases, int blocks) {
        return blocks > 1 && bases.equals(EnumSet.of(CreditBasis.HALF_DAY)) ? EnumSet.of(CreditBasis.FULL_DAY) : bases;
    }
}
