package org.cadretraining.course;

import static org.cadretraining.course.RealCourseText.day;
import static org.cadretraining.course.RealCourseText.list;
import static org.cadretraining.course.RealCourseText.localized;
import static org.cadretraining.course.RealCourseText.map;
import static org.cadretraining.course.RealCourseText.text;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The agenda of a report as an organiser plans it: one item for each item of the report, with its kind, title and
 * place, on the day the report gives. Each person who spoke goes to the item they spoke at, judged from what they
 * spoke about: an opening speech at the opening ceremony, a completion speech at the completion ceremony, an
 * exchange at the exchange, anything else at the lectures; one who only attended speaks nowhere. The presider
 * chairs the opening ceremony (the file says "chaired the opening"), else the first item. Where the report gives no
 * day or hour, the item takes the next free half day (samples, which the course's notes say); an evening item is in
 * the evening, a morning one in the morning, an item on the "same" day and place shares the previous item's sitting.
 * Homework the report mentions is an item handed in on the last day.
 */
final class RealCourseAgenda {

    private static final LocalTime[][] SLOTS = {
        {LocalTime.of(8, 30), LocalTime.of(11, 30)},
        {LocalTime.of(14, 30), LocalTime.of(17, 30)},
        {LocalTime.of(19, 0), LocalTime.of(21, 0)}
    };
    private static final int EVENING = 2;

    /** Who speaks, and who presides, as the register or a line of text keeps them. */
    interface People {
        Speaker speaker(Map<String, Object> person);

        Speaker presider(Map<String, Object> person);
    }

    private final Map<LocalDate, Set<Integer>> taken = new HashMap<>();

    private RealCourseAgenda() {}

    static List<AgendaItemDetails> plan(
            Map<String, Object> report, LocalDate start, LocalDate end, IntFunction<Long> siteOfItem, People people) {
        return new RealCourseAgenda().items(report, start, end, siteOfItem, people);
    }

    private List<AgendaItemDetails> items(
            Map<String, Object> report, LocalDate start, LocalDate end, IntFunction<Long> siteOfItem, People people) {
        List<Object> items = list(report.get("items"));
        Map<Integer, List<Speaker>> speakers = new HashMap<>();
        for (Object person : list(report.get("speakers_or_lecturers"))) {
            int at = RealCourseRoles.itemOf(map(person), items);
            if (at >= 0) {
                speakers.computeIfAbsent(at, i -> new ArrayList<>()).add(people.speaker(map(person)));
            }
        }
        Map<String, Object> chair = map(report.get("presider_or_chair"));
        int presided = RealCourseRoles.presidedItem(items);
        // days the report gives come first, so that a sample day never takes a given one's sitting
        AgendaItemDetails[] planned = new AgendaItemDetails[items.size()];
        for (boolean given : new boolean[] {true, false}) {
            for (int i = 0; i < items.size(); i++) {
                String date = text(map(items.get(i)).get("date"));
                boolean same = date.equals("same");
                if (same || given != (day(date, start.getYear()) != null)) {
                    continue;
                }
                LocalDate wanted = wantedDay(date, start, end);
                int slot = date.contains("evening") ? EVENING : date.contains("morning") ? 0 : -1;
                LocalDate day = sitting(wanted, slot, end);
                int at = slot >= 0 ? slot : freeDaytime(day);
                taken.get(day).add(at);
                planned[i] = item(items, i, day, SLOTS[at][0], SLOTS[at][1], siteOfItem.apply(i), false, speakers);
            }
        }
        for (int i = 0; i < items.size(); i++) {
            if (planned[i] == null) {
                AgendaItemDetails previous = planned[i - 1];
                planned[i] = item(
                        items,
                        i,
                        previous.day(),
                        previous.startsAt(),
                        previous.endsAt(),
                        siteOfItem.apply(i),
                        true,
                        speakers);
            }
            if (i == presided && !chair.isEmpty()) {
                AgendaItemDetails p = planned[i];
                planned[i] = new AgendaItemDetails(
                        p.type(),
                        p.day(),
                        p.startsAt(),
                        p.endsAt(),
                        p.siteId(),
                        p.speakers(),
                        people.presider(chair),
                        p.title(),
                        p.mandatory(),
                        null,
                        p.sharesSitting());
            }
        }
        List<AgendaItemDetails> all = new ArrayList<>(List.of(planned));
        String homework = text(map(report.get("other")).get("homework"));
        if (!homework.isEmpty()) {
            all.add(new AgendaItemDetails(
                    AgendaItemType.HOMEWORK,
                    end,
                    LocalTime.of(17, 0),
                    LocalTime.of(17, 0),
                    null,
                    List.of(),
                    Speaker.NONE,
                    localized(homework),
                    true,
                    null,
                    false));
        }
        return all;
    }

    private static AgendaItemDetails item(
            List<Object> items,
            int i,
            LocalDate day,
            LocalTime from,
            LocalTime to,
            Long site,
            boolean sharesSitting,
            Map<Integer, List<Speaker>> speakers) {
        Map<String, Object> item = map(items.get(i));
        return new AgendaItemDetails(
                RealCourseRoles.type(text(item.get("type"))),
                day,
                from,
                to,
                site,
                speakers.getOrDefault(i, List.of()),
                Speaker.NONE,
                localized(text(item.get("title"))),
                true,
                null,
                sharesSitting);
    }

    /** The day a report's date text asks for: the day it names (the day before, for "before"), or the course's end. */
    private static LocalDate wantedDay(String date, LocalDate start, LocalDate end) {
        LocalDate named = day(date, start.getYear());
        if (named != null) {
            return RealCourseText.before(date) ? named.minusDays(1) : named;
        }
        return date.startsWith("end of") ? end : start;
    }

    /** The first day from {@code wanted} with the slot free (any daytime slot for -1), never past the course's end. */
    private LocalDate sitting(LocalDate wanted, int slot, LocalDate end) {
        LocalDate day = wanted;
        while (true) {
            Set<Integer> used = taken.computeIfAbsent(day, d -> new HashSet<>());
            if (slot >= 0 ? !used.contains(slot) : freeDaytime(day) >= 0) {
                return day;
            }
            if (!day.isBefore(end)) {
                throw new IllegalStateException("no free sitting left for the report's items by " + end);
            }
            day = day.plusDays(1);
        }
    }

    private int freeDaytime(LocalDate day) {
        Set<Integer> used = taken.computeIfAbsent(day, d -> new HashSet<>());
        return used.contains(0) ? used.contains(1) ? -1 : 1 : 0;
    }
}
