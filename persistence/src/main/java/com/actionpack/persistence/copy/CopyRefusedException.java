package com.actionpack.persistence.copy;

/**
 * {@code db copy} refused to write, with one line that says why and what to do: the target
 * is not empty, the source's ledgers are broken, or the copy did not verify (then rolled
 * back). Nothing was written to the target's data when this is thrown.
 */
public final class CopyRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CopyRefusedException(String message) {
        super(message);
    }
}
