package com.actionpack.persistence.db;

import com.actionpack.persistence.ledger.LedgerKeyFile;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a database file is opened.
 *
 * @param busyTimeout how long a writer waits for another writer before giving up
 * @param migrationLocations Flyway locations; the app's own migrations come first (SQLite)
 * @param poolSize PostgreSQL only: the most connections held at once (the console: 2, one for
 *        its transactions and one for a report's stream; {@code serve}: more)
 * @param ledgerKey where the key that seals the ledgers is (R23); by default
 *        {@link LedgerKeyFile#ofSystem()}: {@code ACTIONPACK_LEDGER_KEY}, else {@code <data dir>/ledger.key}
 */
public record DatabaseOptions(Duration busyTimeout, List<String> migrationLocations, int poolSize,
                              LedgerKeyFile ledgerKey) {

    public DatabaseOptions(Duration busyTimeout, List<String> migrationLocations) {
        this(busyTimeout, migrationLocations, 2, LedgerKeyFile.ofSystem());
    }

    public static final String APP_MIGRATIONS = "classpath:db/migration";

    public DatabaseOptions {
        Objects.requireNonNull(busyTimeout, "busyTimeout");
        Objects.requireNonNull(ledgerKey, "ledgerKey");
        migrationLocations = List.copyOf(migrationLocations);
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1");
        }
        if (migrationLocations.isEmpty()) {
            throw new IllegalArgumentException("at least one migration location");
        }
    }

    public static DatabaseOptions defaults() {
        return new DatabaseOptions(Duration.ofSeconds(5), List.of(APP_MIGRATIONS));
    }

    public DatabaseOptions withBusyTimeout(Duration timeout) {
        return new DatabaseOptions(timeout, migrationLocations, poolSize, ledgerKey);
    }

    /** Adds migrations after the app's own (tests use it for an upgrade that fails halfway). */
    public DatabaseOptions withExtraMigrations(String location) {
        List<String> all = new java.util.ArrayList<>(migrationLocations);
        all.add(location);
        return new DatabaseOptions(busyTimeout, all, poolSize, ledgerKey);
    }

    /** PostgreSQL: a pool of {@code size} connections (serve sizes it for its sessions). */
    public DatabaseOptions withPoolSize(int size) {
        return new DatabaseOptions(busyTimeout, migrationLocations, size, ledgerKey);
    }

    /** The ledgers sealed with the key in {@code file} (R23; {@code --ledger-key}). */
    public DatabaseOptions withLedgerKey(LedgerKeyFile file) {
        return new DatabaseOptions(busyTimeout, migrationLocations, poolSize, file);
    }
}
