package com.actionpack.persistence.db;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the database file is: {@code --db PATH}, else {@code $ACTIONPACK_DB}, else
 * {@code $XDG_DATA_HOME/actionpack/actionpack.db}, else
 * {@code ~/.local/share/actionpack/actionpack.db}. Pure: takes the environment and the
 * option as arguments, so every rule is testable.
 */
public final class DatabaseLocation {

    public static final String ENV_DB = "ACTIONPACK_DB";
    public static final String ENV_XDG_DATA_HOME = AppDataFolder.ENV_XDG_DATA_HOME;

    private final Map<String, String> env;
    private final Path home;

    public DatabaseLocation(Map<String, String> env, Path home) {
        this.env = Map.copyOf(env);
        this.home = home;
    }

    /** For the running process: its environment and {@code user.home}. */
    public static DatabaseLocation ofSystem() {
        return new DatabaseLocation(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public Path resolve(Optional<String> dbOption) {
        Optional<String> chosen = dbOption.filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(env.get(ENV_DB)).filter(s -> !s.isBlank()));
        if (chosen.isPresent()) {
            return path(chosen.get(), chosen.equals(dbOption) ? "--db" : ENV_DB);
        }
        return AppDataFolder.resolve(env, home).resolve("actionpack.db").toAbsolutePath().normalize();
    }

    private Path path(String text, String source) {
        String expanded = text.equals("~") ? home.toString()
                : text.startsWith("~/") ? home.resolve(text.substring(2)).toString() : text;
        try {
            return Path.of(expanded).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new DatabaseException(source + " names an invalid path '" + text.replaceAll("\\p{Cntrl}", "?")
                    + "': give a file path such as ~/actionpack.db.", e);
        }
    }
}
