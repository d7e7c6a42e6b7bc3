package com.actionpack.tui.files;

/**
 * A typed file name or path that is not accepted, as one line saying what is allowed. Checked,
 * so that every prompt that writes a file shows the line instead of writing anything.
 */
public final class FileRefused extends Exception {

    private static final long serialVersionUID = 1L;

    public FileRefused(String message) {
        super(message, null, false, false);
    }
}
