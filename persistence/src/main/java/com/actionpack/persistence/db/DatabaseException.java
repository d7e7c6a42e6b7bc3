package com.actionpack.persistence.db;

/**
 * A database fault told to people in one line: what is wrong and how to fix it. Thrown
 * instead of driver or Flyway exceptions, which are kept as the cause for logs.
 */
public final class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
