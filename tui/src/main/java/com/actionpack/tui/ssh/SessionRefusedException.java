package com.actionpack.tui.ssh;

/**
 * Thrown by a {@link ConsoleSessionFactory} before it draws anything, when the signed-in key may
 * not have a console after all (say its email is no user of the database): the client gets the
 * message as one line and the channel exits with status 1, as for every other refusal.
 */
public final class SessionRefusedException extends RuntimeException {

    /** @param message one line saying what is wrong and what to do, control characters removed */
    public SessionRefusedException(String message) {
        super(message, null, false, false);
    }
}
