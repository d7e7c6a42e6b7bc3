package com.actionpack.persistence.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteOpenMode;
import org.sqlite.SQLiteDataSource;

/**
 * Opens connections to one SQLite file, every one with WAL, foreign keys on and a busy
 * timeout. Writers begin with BEGIN IMMEDIATE: they read before they write, and a deferred
 * transaction gets SQLITE_BUSY at once whatever the timeout (see BUILD-NOTES).
 */
public final class SqliteConnections {

    public enum Mode { WRITE, READ, REPORT }

    private final Path file;
    private final SQLiteDataSource write;
    private final SQLiteDataSource read;
    private final SQLiteDataSource report;
    private final FileIdentity identity;

    /** {@code file} must exist: connections never create it (see {@link FileIdentity}). */
    public SqliteConnections(Path file, Duration busyTimeout) {
        this.file = file;
        this.identity = FileIdentity.of(file);
        this.write = dataSource(file, busyTimeout, SQLiteConfig.TransactionMode.IMMEDIATE, false);
        this.read = dataSource(file, busyTimeout, SQLiteConfig.TransactionMode.DEFERRED, false);
        this.report = dataSource(file, busyTimeout, SQLiteConfig.TransactionMode.DEFERRED, true);
    }

    private static SQLiteDataSource dataSource(Path file, Duration busyTimeout, SQLiteConfig.TransactionMode mode,
            boolean queryOnly) {
        SQLiteConfig config = new SQLiteConfig();
        if (queryOnly) {
            // Report connections can never write, whatever a plugin asks of them. The file is
            // already in WAL mode (set by the writers that migrated it).
            config.setReadOnly(true);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // In WAL mode NORMAL never corrupts and survives a killed process; only a power
            // cut may lose the last commits. It spares an fsync per transaction.
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        // Never create the file: Database.open made it (0600); a path that lost its file is an error.
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.enforceForeignKeys(true);
        // INSERT OR REPLACE deletes the row it replaces without firing delete triggers unless
        // recursive triggers are on: with them on, the ledgers' never-deleted triggers refuse it.
        config.enableRecursiveTriggers(true);
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, busyTimeout.toMillis()));
        config.setTransactionMode(mode);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }

    public Path file() {
        return file;
    }

    /**
     * A new connection; throws {@link DatabaseException} ({@code GONE}) when the file was deleted
     * or replaced since the app opened it. Waits for locks as {@link LockWait} says, if set.
     */
    public Connection open(Mode mode) throws SQLException {
        identity.check();
        Connection connection = switch (mode) {
            case WRITE -> write.getConnection();
            case READ -> read.getConnection();
            case REPORT -> report.getConnection();
        };
        Duration wait = LockWait.current();
        if (wait != null) {
            connection.unwrap(SQLiteConnection.class).setBusyTimeout((int) Math.min(Integer.MAX_VALUE, wait.toMillis()));
        }
        return connection;
    }

    /** Throws {@link DatabaseException} ({@code GONE}) when the file was deleted or replaced. */
    public void checkIdentity() {
        identity.check();
    }

    /** For Flyway: writes, with the same pragmas as the app's own connections. */
    public SQLiteDataSource writeDataSource() {
        return write;
    }
}
