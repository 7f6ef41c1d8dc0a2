package org.cadretraining.shared;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a Word, Excel or PowerPoint file (a ZIP archive of XML parts) from any other ZIP by the names in the archive's central
 * directory. Only the directory is read: nothing is decompressed, so a ZIP bomb costs nothing.
 */
final class OfficeFile {

    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    private static final int MAX_ENTRIES = 10_000;

    private OfficeFile() {}

    static Optional<FileType> typeOf(byte[] content) {
        Set<String> names = entryNames(content);
        // a macro-enabled document (.docm, .xlsm, .pptm) carries its code in vbaProject.bin: not taken under another
        // name
        if (!names.contains("[Content_Types].xml")
                || names.contains("word/vbaProject.bin")
                || names.contains("xl/vbaProject.bin")
                || names.contains("ppt/vbaProject.bin")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(FileType.DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(FileType.XLSX);
        }
        if (names.contains("ppt/presentation.xml")) {
            return Optional.of(FileType.PPTX);
        }
        return Optional.empty();
    }

    private static Set<String> entryNames(byte[] content) {
        Set<String> names = new HashSet<>();
        ByteBuffer zip = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        int end = findEndOfDirectory(zip);
        if (end < 0) {
            return names;
        }
        int entries = Short.toUnsignedInt(zip.getShort(end + 10));
        long offset = Integer.toUnsignedLong(zip.getInt(end + 16));
        for (int i = 0; i < Math.min(entries, MAX_ENTRIES); i++) {
            if (offset < 0 || offset + 46 > content.length || zip.getInt((int) offset) != DIRECTORY_ENTRY) {
                break;
            }
            int at = (int) offset;
            int nameLength = Short.toUnsignedInt(zip.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(zip.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(zip.getShort(at + 32));
            if (at + 46 + nameLength > content.length) {
                break;
            }
            names.add(new String(content, at + 46, nameLength, StandardCharsets.UTF_8));
            offset = (long) at + 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    /** The end-of-directory record sits in the last 22 bytes plus a comment of at most 65,535 bytes. */
    private static int findEndOfDirectory(ByteBuffer zip) {
        int last = zip.capacity() - 22;
        int first = Math.max(0, last - 65_535);
        for (int at = last; at >= first; at--) {
            if (zip.getInt(at) == END_OF_DIRECTORY) {
                return at;
            }
        }
        return -1;
    }
}
