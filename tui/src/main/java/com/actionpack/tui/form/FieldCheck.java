package com.actionpack.tui.form;

import com.actionpack.core.common.InvalidInputException;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * What is wrong with one field's text, if anything: a form runs every field's check before it
 * submits (or asks to confirm), so that all problems show at once, in field order. The checks
 * themselves are core's (e.g. {@code Require::email}); this only turns a refusal into the
 * field's problem.
 */
@FunctionalInterface
public interface FieldCheck {

    /** The problem with {@code value}, for people; empty when it is fine. */
    Optional<String> problem(String value);

    /** As {@link #problem(String)}, for a check that also reads another field of the form (by label). */
    default Optional<String> problem(String value, java.util.Map<String, String> form) {
        return problem(value);
    }

    /** No check: any text, blank included. */
    static FieldCheck none() {
        return value -> Optional.empty();
    }

    /** One of core's checks, which throws {@link InvalidInputException} with the problem. */
    static FieldCheck core(Consumer<String> check) {
        return value -> {
            try {
                check.accept(value);
                return Optional.empty();
            } catch (InvalidInputException bad) {
                return Optional.of(bad.getMessage());
            }
        };
    }
}
