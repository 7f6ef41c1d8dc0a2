package org.cadretraining.organisation.importing;

/** One row of a file as read: its number as a person sees it in Excel (the header is row 1) and its cells. */
record SheetRow(int number, String[] cells) {

    String cell(int index) {
        return index < cells.length && cells[index] != null ? cells[index] : "";
    }

    boolean isBlank() {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
