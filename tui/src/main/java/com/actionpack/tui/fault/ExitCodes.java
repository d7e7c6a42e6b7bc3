package com.actionpack.tui.fault;

/**
 * The exit codes the README documents, in one place: every command returns one of these, and
 * {@code report run} adds its own {@link #DATA} and {@link #PLUGIN}.
 */
public final class ExitCodes {

    /** Done. */
    public static final int OK = 0;
    /** Refused by a rule, or failed unexpectedly (one line says which; an incident id is logged). */
    public static final int REFUSED = 1;
    /** A usage mistake: unknown option or report id, a bad date, account or filter. */
    public static final int USAGE = 2;
    /** The database or the output cannot be used: not SQLite, newer, read-only, locked, gone, disk full. */
    public static final int UNUSABLE = 3;
    /** {@code report run}: the data could not be read. */
    public static final int DATA = 4;
    /** {@code report run}: the report plugin failed. */
    public static final int PLUGIN = 5;

    private ExitCodes() {
    }
}
