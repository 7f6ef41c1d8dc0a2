package org.cadretraining.organisation.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Reads a file one row at a time, so that a large file never sits in memory whole. */
interface SheetReader {

    /** Hands over every row that is not blank, the header first. */
    void read(Consumer<SheetRow> rows) throws IOException;

    /** How many rows that are not blank the file holds, the header included. */
    default int countRows() throws IOException {
        int[] count = {0};
        read(row -> count[0]++);
        return count[0];
    }

    static SheetReader of(FileType type, Path file) {
        return switch (type) {
            case XLSX -> new XlsxReader(file);
            case CSV -> new CsvReader(file);
        };
    }
}
