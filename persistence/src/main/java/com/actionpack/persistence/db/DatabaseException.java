package com.actionpack.persistence.db;

/**
 * A database fault told to people in one line: what is wrong and how to fix it. Thrown
 * instead of driver or Flyway exceptions, which are kept as the cause for logs. Its
 * {@link #kind()} lets the console choose a behaviour (a busy database is waited for; a file
 * that is gone ends the run) without reading the message.
 */
public final class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, coarsely: each kind gets its own handling, not its own message. */
    public enum Kind {
        /** Another connection holds the write lock past the busy timeout: trying again later may work. */
        BUSY,
        /** The file or its folder cannot be written. */
        READ_ONLY,
        /** The disk is full. */
        FULL,
        /** A read or write failed at the operating system level. */
        IO,
        /** The file was deleted or replaced by another file while the app had it open. */
        GONE,
        /** Not a database the app can use: not SQLite, damaged, a newer schema, a folder. */
        UNUSABLE,
        /** A constraint the app should have checked first: a bug. */
        REFUSED_CHANGE,
        /** Anything else. */
        OTHER
    }

    private final Kind kind;

    public DatabaseException(String message) {
        this(Kind.UNUSABLE, message, null);
    }

    public DatabaseException(String message, Throwable cause) {
        this(Kind.UNUSABLE, message, cause);
    }

    public DatabaseException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }

    /** True when waiting and trying the same action again may succeed. */
    public boolean isBusy() {
        return kind == Kind.BUSY;
    }
}
