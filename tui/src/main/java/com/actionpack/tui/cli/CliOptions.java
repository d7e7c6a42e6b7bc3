package com.actionpack.tui.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The options every command shares, as given on the command line (empty when not given;
 * defaults are decided by the application, not here).
 */
public record CliOptions(Optional<Path> database, Optional<Path> plugins, Optional<LocalDate> asOf,
                         Optional<String> user) {
}
