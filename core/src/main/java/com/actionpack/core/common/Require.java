package com.actionpack.core.common;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Self-validation for values and commands: a bad field fails at construction with a message a
 * person can act on (thrown as {@link InvalidInputException}).
 */
public final class Require {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
    /** The longest text a field may hold, in characters. */
    public static final int MAX_TEXT = 200;

    private Require() {
    }

    public static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field + " is required.");
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_TEXT) {
            throw new InvalidInputException(field + " is longer than " + MAX_TEXT + " characters.");
        }
        return trimmed;
    }

    public static String optionalText(String value) {
        return value == null ? "" : value.strip();
    }

    public static String email(String value) {
        String email = text(value, "email").toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("'" + email + "' is not an email address (name@example.com).");
        }
        return email;
    }

    public static String countryCode(String value) {
        String code = text(value, "country").toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(code).matches()) {
            throw new InvalidInputException("country must be a two-letter ISO code such as US or DE, not '" + code + "'.");
        }
        return code;
    }

    public static int positive(int value, String field) {
        if (value < 1) {
            throw new InvalidInputException(field + " must be at least 1, was " + value + ".");
        }
        return value;
    }
}
