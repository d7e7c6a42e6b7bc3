package com.actionpack.persistence.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.sqlite.SQLiteConfig;
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

    public SqliteConnections(Path file, Duration busyTimeout) {
        this.file = file;
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

    public Connection open(Mode mode) throws SQLException {
        return switch (mode) {
            case WRITE -> write.getConnection();
            case READ -> read.getConnection();
            case REPORT -> report.getConnection();
        };
    }

    /** For Flyway: writes, with the same pragmas as the app's own connections. */
    public SQLiteDataSource writeDataSource() {
        return write;
    }
}
