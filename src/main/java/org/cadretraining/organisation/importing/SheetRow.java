package org.cadretraining.organisation.importing;

/**
 * One row of a file as read: its number as a person sees it in Excel (the header is row 1), its cells, and for the
 * cells that hold no readable value (a formula Excel never calculated) the message key that says why; that array
 * is {@code null} when every cell could be read.
 */
record SheetRow(int number, String[] cells, String[] unreadable) {

    SheetRow(int number, String[] cells) {
        this(number, cells, null);
    }

    String cell(int index) {
        return index < cells.length && cells[index] != null ? cells[index] : "";
    }

    /** Why the cell could not be read, or {@code null} when it could. */
    String unreadable(int index) {
        return unreadable != null && index < unreadable.length ? unreadable[index] : null;
    }

    boolean isBlank() {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return unreadable == null;
    }
}
