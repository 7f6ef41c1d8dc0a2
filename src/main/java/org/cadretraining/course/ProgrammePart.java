package org.cadretraining.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A day of the programme as the page shows it, or a stretch of days with nothing planned. A weekly evening course
 * (eight Thursdays over seven weeks) would otherwise read as fifty day headings, forty-two of them blank, and on a
 * phone its eight evenings would be lost among them.
 */
record ProgrammePart(Programme.Day day, LocalDate emptyFrom, LocalDate emptyTo, int emptyDays) {

    /** Fewer blank days in a row than this (a weekend) keep their own headings, as a printed programme shows them. */
    static final int SHORTEST_STRETCH = 3;

    public boolean stretch() {
        return day == null;
    }

    static List<ProgrammePart> of(List<Programme.Day> days) {
        List<ProgrammePart> parts = new ArrayList<>();
        List<Programme.Day> blanks = new ArrayList<>();
        for (Programme.Day day : days) {
            if (day.entries().isEmpty()) {
                blanks.add(day);
                continue;
            }
            addBlanks(parts, blanks);
            parts.add(new ProgrammePart(day, null, null, 0));
        }
        addBlanks(parts, blanks);
        return parts;
    }

    private static void addBlanks(List<ProgrammePart> parts, List<Programme.Day> blanks) {
        if (blanks.size() >= SHORTEST_STRETCH) {
            LocalDate from = blanks.getFirst().date();
            LocalDate to = blanks.getLast().date();
            parts.add(new ProgrammePart(null, from, to, blanks.size()));
        } else {
            blanks.forEach(day -> parts.add(new ProgrammePart(day, null, null, 0)));
        }
        blanks.clear();
    }
}
