package org.cadretraining.credit;

import java.util.Arrays;
import java.util.Locale;
import org.cadretraining.shared.DomainException;

/**
 * An evidence file, accepted only when its content is a PDF, a JPEG or a PNG: the type is read from the file's
 * first bytes, never taken from its name or from what the browser claims. Public for the courses recorded with
 * their attendees (credit.superior).
 */
public record Evidence(String name, String contentType, byte[] content) {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    public static Evidence checked(String name, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid("evidence", "credit.external.evidenceRequired");
        }
        if (content.length > maxBytes) {
            throw DomainException.invalid("evidence", "credit.external.evidenceTooLarge", maxBytes / (1024 * 1024));
        }
        String type = typeOf(content);
        if (type == null) {
            throw DomainException.invalid("evidence", "credit.external.evidenceType");
        }
        return new Evidence(safeName(name, type), type, content);
    }

    static String typeOf(byte[] content) {
        if (startsWith(content, PDF)) {
            return "application/pdf";
        }
        if (startsWith(content, PNG)) {
            return "image/png";
        }
        if (startsWith(content, JPEG)) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** The name without any folder, and with the extension of what it really is. */
    private static String safeName(String name, String type) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "");
        int dot = base.lastIndexOf('.');
        String stem = (dot > 0 ? base.substring(0, dot) : base).strip();
        if (stem.isEmpty()) {
            stem = "evidence";
        }
        if (stem.length() > 200) {
            stem = stem.substring(0, 200);
        }
        String extension =
                switch (type) {
                    case "application/pdf" -> "pdf";
                    case "image/png" -> "png";
                    default -> "jpg";
                };
        return stem + "." + extension.toLowerCase(Locale.ROOT);
    }
}
