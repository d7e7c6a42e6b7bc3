package com.actionpack.core.common;

import java.util.Objects;

/**
 * One reason an action is refused: what is wrong and what the user can do about it (R6).
 * Both texts are plain sentences ready to show.
 */
public record Reason(ReasonCode code, String message, String remedy) {

    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(remedy, "remedy");
    }

    public static Reason of(ReasonCode code, String message, String remedy) {
        return new Reason(code, message, remedy);
    }

    /** {@code message. remedy} on one line. */
    public String oneLine() {
        return remedy.isEmpty() ? message : message + " " + remedy;
    }
}
