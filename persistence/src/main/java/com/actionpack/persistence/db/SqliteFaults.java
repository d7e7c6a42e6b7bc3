package com.actionpack.persistence.db;

import java.nio.file.Path;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite's error codes into one-line messages that say what to do. */
public final class SqliteFaults {

    private SqliteFaults() {
    }

    /** The SQLite error somewhere in {@code t}'s causes, if any. */
    public static Optional<SQLiteErrorCode> codeOf(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLiteException e) {
                return Optional.ofNullable(e.getResultCode());
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return Optional.empty();
    }

    public static Optional<DatabaseException> translate(Path file, Throwable t) {
        if (t instanceof DatabaseException d) {
            return Optional.of(d);
        }
        // Only storage exceptions: a domain exception caused by one (a lost R5 race) stays as it is.
        if (!isStorageFailure(t)) {
            return Optional.empty();
        }
        if (codeOf(t).map(c -> c.name().startsWith("SQLITE_CONSTRAINT")).orElse(false)) {
            return Optional.of(new DatabaseException(DatabaseException.Kind.REFUSED_CHANGE, "The database " + file
                    + " refused the change (" + detail(t) + "): this is a bug, please report it.", t));
        }
        return codeOf(t).flatMap(code -> messageFor(file, code).map(m -> new DatabaseException(kindOf(code), m, t)));
    }

    /** A driver, jOOQ or Flyway exception: the database failed, not a rule. */
    public static boolean isStorageFailure(Throwable t) {
        return t instanceof org.jooq.exception.DataAccessException || t instanceof java.sql.SQLException
                || t instanceof org.flywaydb.core.api.FlywayException;
    }

    static DatabaseException.Kind kindOf(SQLiteErrorCode code) {
        String name = code.name();
        if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
            return DatabaseException.Kind.BUSY;
        }
        if (name.startsWith("SQLITE_READONLY")) {
            return DatabaseException.Kind.READ_ONLY;
        }
        if (name.startsWith("SQLITE_FULL")) {
            return DatabaseException.Kind.FULL;
        }
        if (name.startsWith("SQLITE_IOERR")) {
            return DatabaseException.Kind.IO;
        }
        if (name.startsWith("SQLITE_NOTADB") || name.startsWith("SQLITE_CORRUPT") || name.startsWith("SQLITE_CANTOPEN")) {
            return DatabaseException.Kind.UNUSABLE;
        }
        return DatabaseException.Kind.OTHER;
    }

    static Optional<String> messageFor(Path file, SQLiteErrorCode code) {
        String name = code.name();
        if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
            return Optional.of("The database " + file + " is locked by another program: close it or try again in a moment.");
        }
        if (name.startsWith("SQLITE_READONLY")) {
            return Optional.of("The database " + file + " is read-only: make the file and its folder writable, "
                    + "or pass --db with a writable path.");
        }
        if (name.startsWith("SQLITE_NOTADB")) {
            return Optional.of(notADatabase(file));
        }
        if (name.startsWith("SQLITE_CANTOPEN")) {
            return Optional.of("Cannot open the database " + file + ": check that its folder exists and is writable, "
                    + "or pass --db with another path.");
        }
        if (name.startsWith("SQLITE_FULL")) {
            return Optional.of("The disk holding " + file + " is full: free some space and try again.");
        }
        if (name.startsWith("SQLITE_CORRUPT")) {
            return Optional.of("The database " + file + " is damaged: restore it from a backup.");
        }
        if (name.startsWith("SQLITE_IOERR")) {
            return Optional.of("Reading or writing " + file + " failed (" + name + "): check the disk and its permissions.");
        }
        return Optional.empty();
    }

    /** SQLite's own words, e.g. the text of a trigger's RAISE. */
    private static String detail(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLiteException e && e.getMessage() != null) {
                String m = e.getMessage();
                int open = m.indexOf(" (");
                return open >= 0 && m.endsWith(")") ? m.substring(open + 2, m.length() - 1) : m;
            }
        }
        return String.valueOf(t.getMessage());
    }

    static String notADatabase(Path file) {
        return file + " is not an Action Pack database (not a SQLite file): pass --db with another path.";
    }
}
