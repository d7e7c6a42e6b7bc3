package com.actionpack.core.common;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Self-validation for values and commands: a bad field fails at construction with a message a
 * person can act on (thrown as {@link InvalidInputException}).
 */
public final class Require {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** The longest text a field may hold, in characters. */
    public static final int MAX_TEXT = 200;
    private static final java.util.Set<String> ISO_COUNTRIES = java.util.Set.of(Locale.getISOCountries());

    private Require() {
    }

    public static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "is required", "fill it in");
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_TEXT) {
            throw InvalidInputException.of(field, "is longer than " + MAX_TEXT + " characters",
                    "shorten it to " + MAX_TEXT + " or fewer");
        }
        return trimmed;
    }

    public static String optionalText(String value) {
        return value == null ? "" : value.strip();
    }

    public static String email(String value) {
        return email(value, "email");
    }

    /** An email address in the field people call {@code field} ("contact email"). */
    public static String email(String value, String field) {
        String email = text(value, field).toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            throw InvalidInputException.of(field, "'" + email + "' is not an email address",
                    "type it as name@example.com");
        }
        return email;
    }

    public static String countryCode(String value) {
        String code = text(value, "country").toUpperCase(Locale.ROOT);
        if (!twoCapitals(code)) {
            throw InvalidInputException.of("country", "'" + code + "' is not a two-letter code",
                    "type the ISO code of the country, such as US or DE");
        }
        return code;
    }

    /**
     * An ISO 3166-1 alpha-2 code that the JDK's list knows (R1): for input typed by people, so
     * {@code XX} is refused. Stored rows keep the looser {@link #countryCode} check, so an old
     * row never stops an account from loading.
     */
    public static String isoCountry(String value) {
        String code = countryCode(value);
        if (!ISO_COUNTRIES.contains(code)) {
            throw InvalidInputException.of("country", "'" + code + "' is not an ISO 3166 country code",
                    "use the two letters of the country, such as US, DE or IN");
        }
        return code;
    }

    public static int positive(int value, String field) {
        if (value < 1) {
            throw InvalidInputException.of(field, "must be at least 1, not " + value, "type a whole number of 1 or more");
        }
        return value;
    }

    /**
     * What {@code ^[A-Z]{2}$} matches, without a regex: every invoice of a page builds two
     * addresses, and the matcher was a tenth of a page's time (issue 15).
     */
    private static boolean twoCapitals(String code) {
        return code.length() == 2 && code.charAt(0) >= 'A' && code.charAt(0) <= 'Z' && code.charAt(1) >= 'A'
                && code.charAt(1) <= 'Z';
    }
}
