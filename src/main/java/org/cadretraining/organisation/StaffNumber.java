package org.cadretraining.organisation;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one rule for staff numbers, used by the cadre form, the API and the import alike: what a person types is
 * first brought to its plain form (full-width letters and digits, as a Chinese input method gives them, become
 * ASCII; spaces of any kind are dropped, so "PTS 061" is PTS061), and the result may hold only letters, digits,
 * underscores and hyphens. A number imported is therefore always one the form can save again.
 */
public final class StaffNumber {

    /** What a staff number may hold once brought to its plain form. */
    public static final String PATTERN = "[A-Za-z0-9_-]*";

    /** The message that explains {@link #PATTERN}, on the form and in an import's problem list. */
    public static final String PATTERN_MESSAGE_KEY = "organisation.cadre.staffNumber.pattern";

    public static final int MAX_LENGTH = 32;

    private static final Pattern ALLOWED = Pattern.compile(PATTERN);
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u3000]+");

    private StaffNumber() {}

    /** The plain form of a typed staff number; {@code null} stays {@code null}. */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        return SPACES.matcher(Normalizer.normalize(typed, Normalizer.Form.NFKC)).replaceAll("");
    }

    /** Whether a staff number in its plain form holds only what {@link #PATTERN} allows. */
    public static boolean isAllowed(String normalized) {
        return ALLOWED.matcher(normalized).matches();
    }
}
