package com.actionpack.tui.cli;

/** Where the details of an unexpected error go, so the terminal only gets one line. */
@FunctionalInterface
public interface ErrorLog {

    /**
     * Records the error with its stack trace and says where, e.g. "details in
     * /home/ann/.local/share/actionpack/actionpack.log" or "no log file: disk full".
     */
    String record(Throwable error);

    /** As {@link #record(Throwable)}, under an incident id the user is shown too. */
    default String record(String incident, Throwable error) {
        return record(error);
    }
}
