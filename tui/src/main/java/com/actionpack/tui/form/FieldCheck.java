package com.actionpack.tui.form;

import com.actionpack.core.common.InvalidInputException;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What is wrong with one field's text, if anything: a form runs every field's check before it
 * submits (or asks to confirm), so that all problems show at once, in field order. The checks
 * themselves are core's (e.g. {@code Require::email}); this only turns a refusal into the
 * field's problem, worded as one sentence that names the field by the form's own label
 * ("Contact email 'x' is not an email address: type it as name@example.com.").
 */
@FunctionalInterface
public interface FieldCheck {

    /**
     * The problem with {@code value}, one sentence for people that names the field as
     * {@code label}, says what failed and how to fix it; empty when it is fine.
     *
     * @param form every field of the form by label, for a check that reads another (a phone
     *             number's country); may be empty
     */
    Optional<String> problem(String label, String value, Map<String, String> form);

    /** No check: any text, blank included. */
    static FieldCheck none() {
        return (label, value, form) -> Optional.empty();
    }

    /**
     * One of core's checks, which throws {@link InvalidInputException} with the problem: the
     * sentence core composes, naming the field by {@code label}.
     */
    static FieldCheck core(Consumer<String> check) {
        return (label, value, form) -> {
            try {
                check.accept(value);
                return Optional.empty();
            } catch (InvalidInputException bad) {
                return Optional.of(bad.about(label));
            }
        };
    }
}
