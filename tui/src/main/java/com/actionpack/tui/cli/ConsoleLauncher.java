package com.actionpack.tui.cli;

/** Starts the full-screen console; {@code actionpack} without a subcommand calls it. */
@FunctionalInterface
public interface ConsoleLauncher {

    /** Runs the console until the user quits and returns the exit code. */
    int launch(CliOptions options) throws Exception;
}
