package com.actionpack.persistence.db;

import org.sqlite.SQLiteJDBCLoader;

/**
 * Loads sqlite-jdbc's native library before the first connection, so that a failure is one
 * line that names the folder it is extracted to and the setting that moves it, not an
 * {@code UnsatisfiedLinkError} from deep inside the first query. The app points the folder at
 * its own cache ({@value #FOLDER_PROPERTY}), since a {@code noexec} /tmp cannot load it.
 */
public final class SqliteLibrary {

    /** sqlite-jdbc's setting for where it extracts its native library. */
    public static final String FOLDER_PROPERTY = "org.sqlite.tmpdir";

    private SqliteLibrary() {
    }

    /**
     * Loads the library (once per process); throws {@link DatabaseException} when it cannot. With
     * the folder set ({@value #FOLDER_PROPERTY}), the library is extracted there once and reused by
     * later starts ({@link CachedNativeLibrary}).
     */
    public static void load() {
        String folder = System.getProperty(FOLDER_PROPERTY);
        if (folder != null && !folder.isBlank()) {
            CachedNativeLibrary.use(java.nio.file.Path.of(folder));
        }
        try {
            if (SQLiteJDBCLoader.initialize()) {
                return;
            }
        } catch (Exception | LinkageError e) {
            throw new DatabaseException(DatabaseException.Kind.UNUSABLE, message(), e);
        }
        throw new DatabaseException(DatabaseException.Kind.UNUSABLE, message(), null);
    }

    static String message() {
        String folder = System.getProperty(FOLDER_PROPERTY, System.getProperty("java.io.tmpdir"));
        return "The SQLite library cannot be loaded from " + folder + ": that folder must exist, be writable and"
                + " not be mounted noexec. Set XDG_CACHE_HOME, or -D" + FOLDER_PROPERTY + "=FOLDER, to another folder.";
    }
}
