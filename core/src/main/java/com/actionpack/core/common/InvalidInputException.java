package com.actionpack.core.common;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.Optional;

/**
 * A value or command that is malformed (a blank name, a bad email). The message is for people:
 * one sentence saying what failed and how to fix it.
 *
 * <p>Most are about one field, built with {@link #of(String, String, String)}: the field's
 * name, what is wrong with it and the fix, composed here and only here as
 * "{@code Quantity must be at least 1, not 0: type 1 or more.}". A form that labels the field
 * differently names it its own way with {@link #about(String)}, so the sentence never repeats
 * the name ("Quantity: quantity must...").
 *
 * <p>A command that checks all its fields at once ({@link InputProblems}) refuses with every
 * invalid field in one exception: {@link #problems()} lists them in the order checked, and the
 * message is their sentences one after the other.
 */
public final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final transient List<FieldProblem> problems;

    /** A whole sentence about more than one field, or none ("A decision is VERIFIED or REJECTED."). */
    public InvalidInputException(String message) {
        super(message);
        this.field = null;
        this.problems = List.of();
    }

    private InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::sentence).collect(Collectors.joining(" ")));
        this.field = problems.get(0).field();
        this.problems = List.copyOf(problems);
    }

    /**
     * Every invalid field of one command at once, in the order checked.
     *
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public static InvalidInputException of(List<FieldProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("bad input needs at least one problem");
        }
        return new InvalidInputException(problems);
    }

    /** Every invalid field, in the order checked; empty for a sentence about no one field. */
    public List<FieldProblem> problems() {
        return problems;
    }

    /**
     * Bad input in one field.
     *
     * @param field   what people call the field, e.g. {@code "quantity"} (any case: the sentence
     *                starts with a capital)
     * @param problem what is wrong, worded to follow the field's name: {@code "is required"},
     *                {@code "'abc' is not an email address"}; no full stop
     * @param fix     what to do instead: {@code "type it as name@example.com"}; no full stop
     */
    public static InvalidInputException of(String field, String problem, String fix) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(problem, "problem");
        return new InvalidInputException(List.of(new FieldProblem(field, problem, fix)));
    }

    /** The field the input was typed into, as core names it; empty for a sentence of its own. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /**
     * The same sentence naming the field as {@code label} (the form's own label, e.g.
     * "Primary contact email" for core's "email"); a sentence not about one field is unchanged.
     */
    public String about(String label) {
        return field == null || label == null || label.isBlank() ? getMessage() : problems.get(0).about(label);
    }
}
