package com.actionpack.persistence.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * The identity of the database file as it was opened (its inode where the file system has
 * one), checked before each connection: a file deleted or replaced while the app runs is
 * reported as {@link DatabaseException.Kind#GONE} instead of SQLite quietly creating an empty
 * database at the path or reading another file's tables.
 */
final class FileIdentity {

    private final Path file;
    private final Object key;

    private FileIdentity(Path file, Object key) {
        this.file = file;
        this.key = key;
    }

    /** The identity of {@code file} now; the file must exist. */
    static FileIdentity of(Path file) {
        return new FileIdentity(file, keyOf(file));
    }

    /** Throws {@link DatabaseException.Kind#GONE} when the file is missing or is another file. */
    void check() {
        Object now = keyOf(file);
        if (key != null && !Objects.equals(key, now)) {
            throw gone("was replaced by another file");
        }
    }

    private static Object keyOf(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            throw new FileIdentity(file, null).gone("was deleted");
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Kind.IO, "Cannot read the database " + file + ": "
                    + e.getMessage(), e);
        }
    }

    private DatabaseException gone(String what) {
        return new DatabaseException(DatabaseException.Kind.GONE, "The database " + file + " " + what
                + " while the app was running: restore it from a backup (or pass --db), then start again.", null);
    }
}
