package com.actionpack.tui.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The options every command shares, as given on the command line (empty when not given;
 * defaults are decided by the application, not here). The database is kept as typed: a
 * PostgreSQL URL read as a path would lose its {@code //} (#16). {@code ledgerKey} is the file
 * named by {@code --ledger-key} (R23).
 */
public record CliOptions(Optional<String> database, Optional<Path> plugins, Optional<LocalDate> asOf,
                         Optional<String> user, Optional<Path> ledgerKey) {

    /** Without {@code --ledger-key}. */
    public CliOptions(Optional<String> database, Optional<Path> plugins, Optional<LocalDate> asOf, Optional<String> user) {
        this(database, plugins, asOf, user, Optional.empty());
    }
}
