package com.actionpack.tui.reportscreen;

/** A mistake in what the user typed into the run form, as one line saying what and how to fix it. */
final class BadInput extends Exception {

    private static final long serialVersionUID = 1L;

    BadInput(String message) {
        super(message, null, false, false);
    }
}
