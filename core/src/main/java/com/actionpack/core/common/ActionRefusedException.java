package com.actionpack.core.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The typed refusal every use case throws when a rule forbids the action. It carries every
 * failing reason, not only the first (R6), so the console can list them all.
 */
public final class ActionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Reason> reasons;

    public ActionRefusedException(List<Reason> reasons) {
        super(reasons.stream().map(Reason::oneLine).collect(Collectors.joining(" ")));
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one reason");
        }
        this.reasons = List.copyOf(reasons);
    }

    public ActionRefusedException(Reason reason) {
        this(List.of(reason));
    }

    public static ActionRefusedException of(ReasonCode code, String message, String remedy) {
        return new ActionRefusedException(Reason.of(code, message, remedy));
    }

    public List<Reason> reasons() {
        return reasons;
    }

    public boolean has(ReasonCode code) {
        return reasons.stream().anyMatch(r -> r.code() == code);
    }

    /** Throws when {@code reasons} is not empty. */
    public static void throwIfAny(List<Reason> reasons) {
        if (!reasons.isEmpty()) {
            throw new ActionRefusedException(reasons);
        }
    }
}
