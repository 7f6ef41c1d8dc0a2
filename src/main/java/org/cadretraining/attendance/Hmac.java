package org.cadretraining.attendance;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import javax.crypto.Mac;

/** HMAC-SHA256 of a text, with one {@link Mac} per thread: looking it up among the providers cost more than signing. */
final class Hmac {

    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    });

    private Hmac() {}

    static byte[] sha256(Key key, String message) {
        Mac mac = MACS.get();
        try {
            mac.init(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an HMAC key", e);
        }
        return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    }
}
