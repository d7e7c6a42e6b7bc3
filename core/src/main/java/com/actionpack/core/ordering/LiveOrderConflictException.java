package com.actionpack.core.ordering;

/**
 * Raised by a repository when storing an order would give an account two live orders (R5):
 * another writer won the race. Use cases turn it into a refusal.
 */
public final class LiveOrderConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LiveOrderConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
