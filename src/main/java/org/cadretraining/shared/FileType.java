package org.cadretraining.shared;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The kinds of file people may upload (news files, course materials), recognised from the file's bytes (never from
 * its name or from what the browser claims): an executable renamed to {@code .pdf} is not a PDF.
 */
public enum FileType {
    JPEG("image/jpeg", "jpg", true),
    PNG("image/png", "png", true),
    WEBP("image/webp", "webp", true),
    GIF("image/gif", "gif", false),
    PDF("application/pdf", "pdf", false),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", false),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", false),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", false),
    TEXT("text/plain;charset=UTF-8", "txt", false);

    private final String contentType;
    private final String extension;
    private final boolean cover;

    FileType(String contentType, String extension, boolean cover) {
        this.contentType = contentType;
        this.extension = extension;
        this.cover = cover;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** Whether the type is a photograph, such as an article's cover image. */
    public boolean photo() {
        return cover;
    }

    public static Optional<FileType> of(byte[] content) {
        if (startsWith(content, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0, 'R', 'I', 'F', 'F') && startsWith(content, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        if (startsWith(content, 0, 'G', 'I', 'F', '8') && content.length > 5 && content[5] == 'a') {
            return Optional.of(GIF);
        }
        if (startsWith(content, 0, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (startsWith(content, 0, 'P', 'K', 3, 4)) {
            return OfficeFile.typeOf(content);
        }
        return plainText(content) ? Optional.of(TEXT) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, int offset, int... magic) {
        if (content.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[offset + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 text without control characters other than tab, line breaks and form feed (so no binary file). */
    private static boolean plainText(byte[] content) {
        CharBuffer text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return false;
            }
        }
        return true;
    }
}
