package com.actionpack.persistence.db;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The one rule for where the app keeps its files (database, log, plugins, SSH keys, export
 * folders): {@code $XDG_DATA_HOME/actionpack}, or {@code ~/.local/share/actionpack} when
 * XDG_DATA_HOME is unset, empty, relative or not a path (the XDG base directory specification
 * says a relative value is invalid and must be ignored). Pure: the environment and home folder
 * are arguments.
 */
public final class AppDataFolder {

    public static final String ENV_XDG_DATA_HOME = "XDG_DATA_HOME";

    private AppDataFolder() {
    }

    /** The data folder, absolute when {@code home} is. */
    public static Path resolve(Map<String, String> environment, Path home) {
        Path base = Optional.ofNullable(environment.get(ENV_XDG_DATA_HOME)).filter(s -> !s.isBlank())
                .flatMap(AppDataFolder::absolute)
                .orElseGet(() -> home.resolve(".local").resolve("share"));
        return base.resolve("actionpack");
    }

    private static Optional<Path> absolute(String text) {
        try {
            return Optional.of(Path.of(text)).filter(Path::isAbsolute);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
