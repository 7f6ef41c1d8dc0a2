package org.cadretraining.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The password of the embedded PostgreSQL's {@code postgres} role, made once and kept in the data folder in a file
 * that only its owner may read: whoever can read the data folder can read the data anyway, and a backup made with
 * {@code pg_dump} needs it.
 */
record EmbeddedPassword(String value, boolean kept) {

    /** In the data folder (PGDATA) itself: it goes where the data goes, and PostgreSQL ignores files it does not know. */
    static final String FILE_NAME = "embedded-postgres.password";

    /** What a generated password is made of: letters, digits, '-' and '_', so it needs no quoting anywhere. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]{32,128}");

    /**
     * The kept password, or a new one not yet written: a data folder about to be made by {@code initdb} must still
     * be empty, so a new password is written by {@link #keep} once the server has been made and given it.
     */
    static EmbeddedPassword of(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return new EmbeddedPassword(Base64.getUrlEncoder().withoutPadding().encodeToString(random), false);
        }
        String value = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (!SAFE.matcher(value).matches()) {
            throw new IllegalStateException("The embedded PostgreSQL password file " + file
                    + " must hold one password of 32 to 128 letters, digits, '-' or '_'; it holds something else.");
        }
        return new EmbeddedPassword(value, true);
    }

    /** Writes the password to its file, readable and writable by the owner only, replacing it in one step. */
    void keep(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        Path next = Files.createTempFile(
                dataDir,
                FILE_NAME,
                ".new",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(next, value + "\n", StandardCharsets.US_ASCII);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
