package com.actionpack.core.common;

/** A value or command that is malformed (a blank name, a bad email). The message is for people. */
public final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }
}
