package com.actionpack.tui.fault;

import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.InvalidInputException;
import com.actionpack.persistence.db.DatabaseException;
import java.lang.reflect.InvocationTargetException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * One failure as people are told about it: its kind (which decides the console's behaviour and
 * the command line's exit code) and one line that never names a Java class.
 *
 * @param kind    what sort of failure
 * @param message one line for people: what failed and what to do; for {@link Kind#UNEXPECTED}
 *                a fixed text, since the exception's own words are for the log only
 * @param cause   the exception as thrown, for the log
 */
public record Failure(Kind kind, String message, Throwable cause) {

    /** The kinds, each with the command line's documented exit code. */
    public enum Kind {
        /** A rule forbids the action (R6: every reason is in the message). */
        REFUSED(ExitCodes.REFUSED),
        /** What was typed or given is malformed. */
        INVALID_INPUT(ExitCodes.USAGE),
        /** Another program holds the database's write lock: waiting may help. */
        BUSY(ExitCodes.UNUSABLE),
        /** The database cannot be used: read-only, full, gone, damaged, not a database. */
        DATABASE(ExitCodes.UNUSABLE),
        /** A bug or an unforeseen fault: logged with an incident id. */
        UNEXPECTED(ExitCodes.REFUSED);

        private final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    public static final String UNEXPECTED_TEXT = "an unexpected error";

    public Failure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** Classifies any throwable, looking through the wrappers executors and reflection add. */
    public static Failure of(Throwable thrown) {
        Throwable t = unwrap(thrown);
        if (t instanceof ActionRefusedException refused) {
            return new Failure(Kind.REFUSED, refused.getMessage(), thrown);
        }
        if (t instanceof InvalidInputException invalid) {
            return new Failure(Kind.INVALID_INPUT, String.valueOf(invalid.getMessage()), thrown);
        }
        Optional<DatabaseException> database = find(t, DatabaseException.class);
        if (database.isPresent()) {
            DatabaseException d = database.get();
            return new Failure(d.isBusy() ? Kind.BUSY : Kind.DATABASE, String.valueOf(d.getMessage()), thrown);
        }
        return new Failure(Kind.UNEXPECTED, UNEXPECTED_TEXT, thrown);
    }

    public int exitCode() {
        return kind.exitCode();
    }

    /** True for the kinds that are logged with an incident id. */
    public boolean unexpected() {
        return kind == Kind.UNEXPECTED;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof ExecutionException || current instanceof CompletionException
                || current instanceof InvocationTargetException) && current.getCause() != null
                && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    private static <T extends Throwable> Optional<T> find(Throwable t, Class<T> type) {
        int depth = 0;
        for (Throwable c = t; c != null && depth < 20; c = c.getCause(), depth++) {
            if (type.isInstance(c)) {
                return Optional.of(type.cast(c));
            }
        }
        return Optional.empty();
    }
}
