package org.cadretraining.documents.print;

import java.util.List;

/**
 * One row of a room list as entered: its row number (as the organiser sees it in the paste or the spreadsheet), who
 * (staff number or name), and the building and room.
 */
record RoomRow(int number, String who, String building, String room) {

    static final int BUILDING_MAX = 60;
    static final int ROOM_MAX = 30;

    RoomRow {
        who = clean(who);
        building = clean(building);
        room = clean(room);
    }

    static RoomRow of(int number, List<String> cells) {
        return new RoomRow(number, cell(cells, 0), cell(cells, 1), cell(cells, 2));
    }

    boolean isBlank() {
        return who.isEmpty() && building.isEmpty() && room.isEmpty();
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    /** Spreadsheets bring non-breaking and full-width spaces along with the text. */
    private static String clean(String text) {
        return text == null
                ? ""
                : text.replace('\u00a0', ' ').replace('\u3000', ' ').strip();
    }
}
