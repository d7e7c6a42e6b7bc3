package com.actionpack.tui.cli;

/**
 * A failure the user can fix, with a message that says what is wrong and how to fix it. It is
 * printed as one line, without a stack trace and without filling the log.
 */
public class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public UserError(String message) {
        this(message, 1);
    }

    public UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
