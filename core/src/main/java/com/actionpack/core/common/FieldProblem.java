package com.actionpack.core.common;

import java.util.Locale;
import java.util.Objects;

/**
 * What is wrong with one field of a command, and how to fix it. Core composes the sentence
 * here and only here: "{@code Field problem: fix.}" ("City is required: fill it in.").
 *
 * @param field   what people call the field, e.g. {@code "city"} (any case: the sentence starts
 *                with a capital); a form maps it to its own label with {@link #about(String)}
 * @param problem what is wrong, worded to follow the field's name, no full stop
 * @param fix     what to do instead, no full stop; may be empty
 */
public record FieldProblem(String field, String problem, String fix) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(fix, "fix");
    }

    /** The sentence naming the field as core does: "City is required: fill it in." */
    public String sentence() {
        return about(field);
    }

    /** The same sentence naming the field as {@code label}, the form's own name for it (blank: core's). */
    public String about(String label) {
        String named = (label == null || label.isBlank() ? field : label).strip();
        String start = named.isEmpty() ? "" : named.substring(0, 1).toUpperCase(Locale.ROOT) + named.substring(1);
        return start + " " + problem + (fix.isBlank() ? "" : ": " + fix) + ".";
    }
}
