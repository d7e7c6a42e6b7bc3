package com.actionpack.core.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects every invalid field of a command before refusing it, so that a form lists them all
 * at once, in the order they were checked, rather than one per try. A command record checks
 * each field through {@link #check} (which runs one of {@link Require}'s checks and keeps its
 * problem) and ends with {@link #throwIfAny()}.
 *
 * <p>Not thread-safe; one per construction.
 */
public final class InputProblems {

    private final List<FieldProblem> problems = new ArrayList<>();

    /**
     * Runs one field's check: its value when it passes, else {@code null} with the problem kept
     * (a check refusing several fields, such as a nested command's, keeps them all).
     */
    public <T> T check(Supplier<T> fieldCheck) {
        try {
            return fieldCheck.get();
        } catch (InvalidInputException bad) {
            if (bad.problems().isEmpty()) {
                throw bad; // a sentence about the whole command, not a field's: nothing to list beside
            }
            problems.addAll(bad.problems());
            return null;
        }
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Every problem kept, in the order checked. */
    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    /** Throws one {@link InvalidInputException} carrying every problem kept; nothing when there is none. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw InvalidInputException.of(problems);
        }
    }
}
