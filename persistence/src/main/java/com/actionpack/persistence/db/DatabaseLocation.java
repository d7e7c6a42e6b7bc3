package com.actionpack.persistence.db;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the database is: {@code --db PATH|URL}, else {@code $ACTIONPACK_DB}, else
 * {@code $XDG_DATA_HOME/actionpack/actionpack.db}, else
 * {@code ~/.local/share/actionpack/actionpack.db}. Pure: takes the environment and the
 * option as arguments, so every rule is testable. A value that looks like a URL
 * ({@link PostgresUrl#looksLikeUrl}) is never a file path: it names a PostgreSQL database or
 * is refused in one line.
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

    /** The chosen database: a SQLite file or a PostgreSQL URL (#16). */
    public DatabaseTarget target(Optional<String> dbOption) {
        Optional<String> chosen = dbOption.filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(env.get(ENV_DB)).filter(s -> !s.isBlank()));
        if (chosen.isPresent()) {
            String source = chosen.equals(dbOption) ? "--db" : ENV_DB;
            String text = chosen.get().strip();
            if (PostgresUrl.looksLikeUrl(text)) {
                return PostgresUrl.parse(text, source, env);
            }
            return new DatabaseTarget.SqliteFile(path(chosen.get(), source));
        }
        return new DatabaseTarget.SqliteFile(AppDataFolder.resolve(env, home).resolve("actionpack.db").toAbsolutePath().normalize());
    }

    /**
     * The database file, for tools that work on SQLite files only.
     *
     * @throws DatabaseException one line when the location is a URL
     */
    public Path resolve(Optional<String> dbOption) {
        DatabaseTarget target = target(dbOption);
        if (target instanceof DatabaseTarget.SqliteFile sqlite) {
            return sqlite.file();
        }
        throw new DatabaseException(target.shown() + " is a PostgreSQL database; this needs a database file: pass --db with a file path.");
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
