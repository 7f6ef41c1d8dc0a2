package org.cadretraining.organisation.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * The import's file reading, for other modules that take spreadsheets (the credit module's online academies): an
 * XLSX or CSV told apart by name and first bytes, a workbook refused when it would inflate too far, a CSV in UTF-8
 * or GB18030, rows streamed one at a time. A file that cannot be read is refused with
 * {@code importing.failure.unreadable}, a file of the wrong kind with the import's own message.
 */
@Component
@org.springframework.modulith.NamedInterface("sheets")
public class SheetFiles {

    /** One row that is not blank: its number as Excel shows it (the header is row 1) and its cells. */
    public record Row(int number, List<String> cells, List<String> unreadable) {

        public String cell(int index) {
            return index >= 0 && index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
        }

        /** The message key saying why the cell holds no readable value, or {@code null}. */
        public String unreadable(int index) {
            return index >= 0 && index < unreadable.size() ? unreadable.get(index) : null;
        }
    }

    private final ImportSettings settings;

    SheetFiles(ImportSettings settings) {
        this.settings = settings;
    }

    /** Refuses a file that is neither XLSX nor CSV by its name and first bytes, before anything is read. */
    public void checkType(String fileName, Path file) throws IOException {
        FileType.of(fileName, head(file));
    }

    /** Hands over every row of the file that is not blank, the header first. */
    public void read(String fileName, Path file, Consumer<Row> rows) throws IOException {
        FileType type = FileType.of(fileName, head(file));
        if (type == FileType.XLSX) {
            settings.inflatedSize().check(file);
        }
        try {
            SheetReader.of(type, file)
                    .read(row -> rows.accept(new Row(
                            row.number(),
                            Arrays.asList(row.cells()),
                            row.unreadable() == null ? List.of() : Arrays.asList(row.unreadable()))));
        } catch (UnreadableFileException e) {
            throw DomainException.invalid("file", "importing.failure.unreadable");
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8192);
        }
    }
}
