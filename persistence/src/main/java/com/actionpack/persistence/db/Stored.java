package com.actionpack.persistence.db;

import com.actionpack.core.common.Require;
import java.util.Optional;

/**
 * Reads stored values that another tool (or an older version) may have written outside the
 * rules core checks on input, so that reading a row never fails on them: a text that is too
 * long is cut with an ellipsis, a missing one is marked, an unknown enum name is reported as
 * unknown instead of thrown. Core's records then accept the value; the console shows it as is.
 */
public final class Stored {

    /** What a required text that is missing in the database reads as. */
    public static final String MISSING = "(missing)";

    private Stored() {
    }

    /** A required text: at most {@link Require#MAX_TEXT} characters, the cut marked with "…". */
    public static String text(String value) {
        if (value == null || value.isBlank()) {
            return MISSING;
        }
        String stripped = value.strip();
        if (stripped.length() <= Require.MAX_TEXT) {
            return stripped;
        }
        int end = Require.MAX_TEXT - 1;
        if (Character.isHighSurrogate(stripped.charAt(end - 1))) {
            end--;
        }
        return stripped.substring(0, end) + "…";
    }

    /** An optional text: empty when missing, else as {@link #text}. */
    public static String optionalText(String value) {
        return value == null || value.isBlank() ? "" : text(value);
    }

    /** The constant named {@code name}, or empty when this version does not know it. */
    public static <E extends Enum<E>> Optional<E> known(Class<E> type, String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
