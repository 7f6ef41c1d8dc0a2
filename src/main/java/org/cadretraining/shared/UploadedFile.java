package org.cadretraining.shared;

/**
 * A file someone uploaded, accepted only when it is not empty, within the size limit and of a kind {@link FileType}
 * recognises from its bytes. A refusal names the form field and uses the caller's messages
 * ({@code <prefix>.empty}, {@code <prefix>.tooLarge}, {@code <prefix>.type}), whose arguments are the file's name
 * and, for the size, the limit.
 */
public record UploadedFile(String name, FileType type, byte[] content) {

    public static UploadedFile checked(String field, String name, byte[] content, long maxBytes, String messages) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid(field, messages + ".empty", displayName(name));
        }
        if (content.length > maxBytes) {
            throw DomainException.invalid(field, messages + ".tooLarge", displayName(name), FileSize.of(maxBytes));
        }
        FileType type = FileType.of(content)
                .orElseThrow(() -> DomainException.invalid(field, messages + ".type", displayName(name)));
        return new UploadedFile(safeName(name, type), type, content);
    }

    /** The name as the person chose it, without the folder some browsers send along. */
    public static String displayName(String name) {
        return name == null ? "" : name.replaceAll(".*[/\\\\]", "");
    }

    /** The name without any folder or control characters, and with the extension of what the file really is. */
    static String safeName(String name, FileType type) {
        String base = displayName(name).replaceAll("[\\p{Cntrl}\"]", "");
        int dot = base.lastIndexOf('.');
        String stem = (dot > 0 ? base.substring(0, dot) : base).strip();
        if (stem.isEmpty()) {
            stem = "file";
        }
        if (stem.length() > 200) {
            stem = stem.substring(0, 200);
        }
        return stem + "." + type.extension();
    }
}
