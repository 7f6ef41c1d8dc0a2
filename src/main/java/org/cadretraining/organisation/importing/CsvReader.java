package org.cadretraining.organisation.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file in UTF-8 (with or without a byte order mark) or in GB18030, the encoding Chinese Excel saves
 * "CSV (comma delimited)" in. A file that is valid UTF-8 throughout is taken as UTF-8, anything else as GB18030.
 */
final class CsvReader implements SheetReader {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private final Path file;

    CsvReader(Path file) {
        this.file = file;
    }

    @Override
    public void read(Consumer<SheetRow> rows) throws IOException {
        Charset charset = encoding(file);
        try (InputStream in = Files.newInputStream(file)) {
            if (hasUtf8Bom(file)) {
                in.skipNBytes(UTF8_BOM.length);
            }
            Reader reader = new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
            try (CSVParser parser =
                    CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
                Iterator<CSVRecord> records = parser.iterator();
                while (true) {
                    SheetRow row = next(records);
                    if (row == null) {
                        return;
                    }
                    if (!row.isBlank()) {
                        rows.accept(row);
                    }
                }
            }
        }
    }

    /** The next record, or {@code null} at the end; a malformed record (an unclosed quote) is the file's fault. */
    private static SheetRow next(Iterator<CSVRecord> records) throws UnreadableFileException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            return new SheetRow((int) record.getRecordNumber(), record.values());
        } catch (RuntimeException e) {
            throw new UnreadableFileException(e);
        }
    }

    static Charset encoding(Path file) throws IOException {
        if (hasUtf8Bom(file)) {
            return StandardCharsets.UTF_8;
        }
        return isStrictUtf8(file) ? StandardCharsets.UTF_8 : GB18030;
    }

    private static boolean hasUtf8Bom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(UTF8_BOM.length);
            return Arrays.equals(head, UTF8_BOM);
        }
    }

    /** Decodes the whole file, in portions, refusing anything that is not UTF-8. */
    private static boolean isStrictUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
                bytes.position(bytes.position() + read);
                bytes.flip();
                if (decoder.decode(bytes, chars, false).isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            if (decoder.decode(bytes, chars, true).isError()) {
                return false;
            }
            return !decoder.flush(chars).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
