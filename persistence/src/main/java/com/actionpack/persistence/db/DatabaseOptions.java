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
 * @param idleWriterTimeout PostgreSQL only: how long a write transaction may wait on the app
 *        between statements before the server ends its session, which rolls it back and frees
 *        the writers' turn (a host cut off mid-action, a frozen process); default
 *        {@link #IDLE_WRITER_TIMEOUT}
 * @param serverSilenceLimit PostgreSQL only: how long the app waits for the server to answer
 *        one request before it gives the connection up as lost (pgjdbc's {@code socketTimeout}),
 *        so a session never hangs on a server cut off from it; default {@link #SERVER_SILENCE_LIMIT}
 */
public record DatabaseOptions(Duration busyTimeout, List<String> migrationLocations, int poolSize,
                              LedgerKeyFile ledgerKey, Duration idleWriterTimeout, Duration serverSilenceLimit) {

    /**
     * 30 s: the app's write transactions never wait on a person (one transaction per action, run
     * to its end), so a writer silent that long is gone; as long as the console's own wait.
     */
    public static final Duration IDLE_WRITER_TIMEOUT = Duration.ofSeconds(30);
    /**
     * 5 minutes: far beyond any one request of the app (a writer waits at most its busy timeout
     * for its turn, a report's cursor fetches 2,000 rows at a time), far below the quarter of an
     * hour and more that TCP takes to give up on a silent peer.
     */
    public static final Duration SERVER_SILENCE_LIMIT = Duration.ofMinutes(5);

    public DatabaseOptions(Duration busyTimeout, List<String> migrationLocations) {
        this(busyTimeout, migrationLocations, 2, LedgerKeyFile.ofSystem(), IDLE_WRITER_TIMEOUT, SERVER_SILENCE_LIMIT);
    }

    public static final String APP_MIGRATIONS = "classpath:db/migration";

    public DatabaseOptions {
        Objects.requireNonNull(busyTimeout, "busyTimeout");
        Objects.requireNonNull(ledgerKey, "ledgerKey");
        if (idleWriterTimeout.isNegative() || idleWriterTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("idleWriterTimeout must be at least 1 ms");
        }
        if (serverSilenceLimit.toSeconds() < 1) {
            throw new IllegalArgumentException("serverSilenceLimit must be at least 1 s");
        }
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
        return new DatabaseOptions(timeout, migrationLocations, poolSize, ledgerKey, idleWriterTimeout, serverSilenceLimit);
    }

    /** PostgreSQL: a silent writer loses its session after {@code timeout} (tests shorten it). */
    public DatabaseOptions withIdleWriterTimeout(Duration timeout) {
        return new DatabaseOptions(busyTimeout, migrationLocations, poolSize, ledgerKey, timeout, serverSilenceLimit);
    }

    /** PostgreSQL: a request the server leaves unanswered for {@code limit} loses its connection (tests shorten it). */
    public DatabaseOptions withServerSilenceLimit(Duration limit) {
        return new DatabaseOptions(busyTimeout, migrationLocations, poolSize, ledgerKey, idleWriterTimeout, limit);
    }

    /** Adds migrations after the app's own (tests use it for an upgrade that fails halfway). */
    public DatabaseOptions withExtraMigrations(String location) {
        List<String> all = new java.util.ArrayList<>(migrationLocations);
        all.add(location);
        return new DatabaseOptions(busyTimeout, all, poolSize, ledgerKey, idleWriterTimeout, serverSilenceLimit);
    }

    /** PostgreSQL: a pool of {@code size} connections (serve sizes it for its sessions). */
    public DatabaseOptions withPoolSize(int size) {
        return new DatabaseOptions(busyTimeout, migrationLocations, size, ledgerKey, idleWriterTimeout, serverSilenceLimit);
    }

    /** The ledgers sealed with the key in {@code file} (R23; {@code --ledger-key}). */
    public DatabaseOptions withLedgerKey(LedgerKeyFile file) {
        return new DatabaseOptions(busyTimeout, migrationLocations, poolSize, file, idleWriterTimeout, serverSilenceLimit);
    }
}
