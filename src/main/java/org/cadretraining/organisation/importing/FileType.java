package org.cadretraining.organisation.importing;

import java.util.Locale;
import org.cadretraining.shared.DomainException;

/** The two kinds of file an import reads, told apart by name and checked against their first bytes. */
enum FileType {
    XLSX(".xlsx"),
    CSV(".csv");

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final String extension;

    FileType(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }

    /**
     * The type of an uploaded file, or a refusal that says what is accepted. An old binary Excel file gets its own
     * message, as it is the most common mistake.
     */
    static FileType of(String fileName, byte[] head) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (startsWith(head, OLE2) || name.endsWith(".xls")) {
            throw DomainException.invalid("file", "importing.file.oldExcel");
        }
        if (name.endsWith(XLSX.extension)) {
            if (!startsWith(head, ZIP)) {
                throw DomainException.invalid("file", "importing.file.notXlsx");
            }
            return XLSX;
        }
        if (name.endsWith(CSV.extension)) {
            if (startsWith(head, ZIP) || containsZeroByte(head)) {
                throw DomainException.invalid("file", "importing.file.notCsv");
            }
            return CSV;
        }
        throw DomainException.invalid("file", "importing.file.type");
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text in UTF-8 or GB18030 never holds a zero byte; binary files almost always do early on. */
    private static boolean containsZeroByte(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }
}
