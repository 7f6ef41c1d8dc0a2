package org.cadretraining.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short fingerprint of what a preview promised, sent back with its confirmation: a step done in two requests
 * writes only what was shown, and shows a new preview when the situation changed in between.
 */
public final class Fingerprint {

    private Fingerprint() {}

    public static String of(String promised) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(promised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
