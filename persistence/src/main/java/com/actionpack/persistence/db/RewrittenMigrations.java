package com.actionpack.persistence.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * SQLite migrations whose text was rewritten, after they shipped, into one with the same effect
 * (for speed): Flyway refuses a database whose history holds a migration's old checksum, so
 * before Flyway runs, a history row with exactly the old checksum is given the new one. A row
 * with any other checksum is left for Flyway to refuse, as before.
 *
 * <p>A rewrite must leave every database as the old text did: each one here is checked against
 * its old text, kept under {@code src/test/resources/db/rewritten}, by RewrittenMigrationsTest.
 */
final class RewrittenMigrations {

    /** One rewritten migration: its version and the checksums Flyway computes for the two texts. */
    record Rewrite(String version, int oldChecksum, int newChecksum) {
    }

    /**
     * V15 (R11a): the first text renumbered terms through a subquery that scanned every term once
     * per term (hours on 1,000,000 terms); the second joins once (issue 15).
     */
    static final List<Rewrite> SQLITE = List.of(new Rewrite("15", -90126852, 1881502768));

    private RewrittenMigrations() {
    }

    /** Gives each rewritten migration's history row its new checksum; one statement each, nothing else. */
    static void realign(DataSource writable) throws SQLException {
        try (Connection connection = writable.getConnection()) {
            if (!hasHistory(connection)) {
                return;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE flyway_schema_history SET checksum = ? WHERE version = ? AND checksum = ?")) {
                for (Rewrite rewrite : SQLITE) {
                    update.setInt(1, rewrite.newChecksum());
                    update.setString(2, rewrite.version());
                    update.setInt(3, rewrite.oldChecksum());
                    update.executeUpdate();
                }
            }
        }
    }

    private static boolean hasHistory(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'");
             ResultSet found = query.executeQuery()) {
            return found.next();
        }
    }
}
