package org.cadretraining.account;

import java.security.SecureRandom;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Random passwords for first sign-in, and how they are kept. Unambiguous characters, so they can be read aloud or
 * copied by hand: 16 of 55, about 92 bits drawn from {@link SecureRandom}. A slow hash protects a password a person
 * chose, which may be guessed; nobody can guess 92 random bits, however fast each guess, so a one-time password is
 * kept as bcrypt at its lowest cost (a millisecond, not a tenth of a second). An organiser then makes the accounts
 * of a class of 120 in a moment rather than in 10 s, and the password its owner chooses at first sign-in is hashed at
 * the application's own cost ({@link PasswordController}).
 */
final class OneTimePasswords {

    static final int LENGTH = 16;
    static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    /** bcrypt's lowest cost: enough for a secret that cannot be guessed. */
    static final int COST = 4;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final PasswordEncoder BCRYPT = new BCryptPasswordEncoder(COST, RANDOM);

    private OneTimePasswords() {}

    static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** As the application's delegating encoder keeps a bcrypt hash, so that it checks this one like any other. */
    static String hash(String oneTimePassword) {
        return "{bcrypt}" + BCRYPT.encode(oneTimePassword);
    }
}
