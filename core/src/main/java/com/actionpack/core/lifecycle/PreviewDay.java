package com.actionpack.core.lifecycle;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * R14a: an "as of" preview looks forward. It shows today or a later day; a past day is refused,
 * because rules applied to today's records at a past date would show a past that never was (a
 * term started later shown as current): the audit trail is the record of the past.
 */
public final class PreviewDay {

    private PreviewDay() {
    }

    /**
     * Why {@code asOf} cannot be previewed on {@code today}, as one line saying what to do
     * instead; empty when it can (today or later).
     */
    public static Optional<String> refusal(LocalDate asOf, LocalDate today) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(today, "today");
        if (!asOf.isBefore(today)) {
            return Optional.empty();
        }
        return Optional.of(asOf + " is in the past: a preview shows today (" + today
                + ") or a later day; what happened before is in the audit trail (the Audit workspace).");
    }
}
