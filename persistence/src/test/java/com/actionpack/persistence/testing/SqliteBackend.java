package com.actionpack.persistence.testing;

import com.actionpack.persistence.db.Database;
import com.actionpack.persistence.db.DatabaseTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

/** SQLite files in a temp folder of the backend's own, deleted on close. */
final class SqliteBackend implements Backend {

    private final AtomicInteger files = new AtomicInteger();
    private Path folder;

    @Override
    public boolean isPostgres() {
        return false;
    }

    @Override
    public DatabaseTarget freshTarget(String name) {
        try {
            if (folder == null) {
                folder = Files.createTempDirectory("actionpack-test-");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DatabaseTarget.SqliteFile(folder.resolve(name + "-" + files.incrementAndGet() + ".db"));
    }

    @Override
    public Database open(DatabaseTarget target, Clock clock) {
        return Database.open(target, clock);
    }

    @Override
    public Connection connect(DatabaseTarget target) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + ((DatabaseTarget.SqliteFile) target).file());
    }

    @Override
    public void close() {
        if (folder != null) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the test folder " + folder, e);
            }
        }
    }

    @Override
    public String toString() {
        return "SQLite";
    }
}
