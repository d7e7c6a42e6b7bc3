package com.actionpack.persistence.db;

import com.actionpack.core.Ports;
import com.actionpack.core.benefits.ProductKeyIssuer;
import com.actionpack.core.benefits.RandomProductKeyIssuer;
import com.actionpack.persistence.account.JooqAccountRepository;
import com.actionpack.persistence.account.JooqUserRepository;
import com.actionpack.persistence.audit.JooqAuditLog;
import com.actionpack.persistence.benefits.JooqBenefitCatalog;
import com.actionpack.persistence.benefits.JooqRedemptionRepository;
import com.actionpack.persistence.billing.JooqDocumentNumbers;
import com.actionpack.persistence.billing.JooqInvoiceRepository;
import com.actionpack.persistence.cancellation.JooqSupportTicketRepository;
import com.actionpack.persistence.ledger.LedgerKeyFile;
import com.actionpack.persistence.ledger.LedgerSeal;
import com.actionpack.persistence.ledger.LedgerSeals;
import com.actionpack.persistence.ledger.Ledgers;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import com.actionpack.persistence.membership.JooqMembershipRepository;
import com.actionpack.persistence.offer.JooqOfferRepository;
import com.actionpack.persistence.ordering.JooqOrderRepository;
import com.actionpack.persistence.reports.JooqReportData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import com.actionpack.textsearch.EnglishTerms;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The entry point: opens (creating if needed) a database file, brings its schema up to date
 * and hands out core's ports over it. Every fault is a {@link DatabaseException} with a
 * one-line message, and a file that is refused is left as it was.
 */
public final class Database {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Path file;
    private final Clock clock;
    private final SqliteConnections connections;
    private final SqliteTransactions transactions;
    private final LedgerSeal seal;

    /** Opens the ledgers' seal (R23) once the schema is up to date: checks the key, or seals a database never sealed. */
    private Database(Path file, Clock clock, SqliteConnections connections, LedgerKeyFile ledgerKey) {
        this.file = file;
        this.clock = clock;
        this.connections = connections;
        this.transactions = new SqliteTransactions(connections);
        this.seal = LedgerSeals.open(transactions, connections.shown(), ledgerKey, clock.instant());
    }

    /**
     * Before any migration writes: a database sealed before (R23) is opened only with the key that
     * sealed it, so a missing or wrong key changes nothing.
     */
    private static void requireLedgerKey(String shown, DataSource dataSource, LedgerKeyFile ledgerKey) {
        Optional<String> sealedWith;
        try (Connection connection = dataSource.getConnection()) {
            sealedWith = LedgerSeals.sealedWith(connection);
        } catch (SQLException e) {
            return; // not readable yet: opening says why, and the seal is checked after migrating
        }
        sealedWith.ifPresent(id -> LedgerSeals.requireKey(shown, id, ledgerKey));
    }

    /** Opens the database the location names (#16): a SQLite file, or a PostgreSQL database. */
    public static Database open(DatabaseTarget target, Clock clock) {
        return open(target, clock, DatabaseOptions.defaults());
    }

    /** As {@link #open(DatabaseTarget, Clock)}; on PostgreSQL {@code options} also size the pool. */
    public static Database open(DatabaseTarget target, Clock clock, DatabaseOptions options) {
        Objects.requireNonNull(target, "target");
        if (target instanceof DatabaseTarget.SqliteFile sqlite) {
            return open(sqlite.file(), clock, options);
        }
        return openPostgres((DatabaseTarget.PostgresServer) target, clock, options);
    }

    /**
     * A PostgreSQL database (#16): a small pool, the schema brought up to date (a newer one
     * refused untouched), then the same repositories as on SQLite with the POSTGRES dialect.
     */
    public static Database openPostgres(DatabaseTarget.PostgresServer server, Clock clock, DatabaseOptions options) {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(clock, "clock");
        HikariDataSource pool = PostgresPool.open(server, options);
        try {
            // After the pool: a server that is down or refuses the login is told by the pool first.
            requireLedgerKey(server.shown(), pool, options.ledgerKey());
            new PostgresMigrations(server.shown()).migrate(PostgresPool.direct(server));
            SqliteConnections connections = SqliteConnections.postgres(server.shown(), pool, options);
            return new Database(null, clock, connections, options.ledgerKey());
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    public static Database open(Path path, Clock clock) {
        return open(path, clock, DatabaseOptions.defaults());
    }

    public static Database open(Path path, Clock clock, DatabaseOptions options) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(clock, "clock");
        DriverWarmup.beforeOpen();
        Path file = path.toAbsolutePath().normalize();
        SqliteLibrary.load();
        boolean existed = Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.exists(file);
        if (existed) {
            checkExisting(file);
        } else {
            create(file);
        }
        Migrations migrations = new Migrations(file, options);
        SqliteConnections connections = new SqliteConnections(file, options.busyTimeout());
        if (!(existed && migrations.upToDate())) {
            if (existed) {
                migrations.refuseNewerSchema();
                requireLedgerKey(file.toString(), migrations.readOnlyDataSource(), options.ledgerKey());
            }
            migrations.migrate(connections.writeDataSource());
        }
        return new Database(file, clock, connections, options.ledgerKey());
    }

    private static void checkExisting(Path file) {
        if (Files.isDirectory(file)) {
            throw new DatabaseException(file + " is a folder, not a database file: pass --db with a file path.");
        }
        if (!Files.isReadable(file)) {
            throw new DatabaseException("Cannot read the database " + file + ": check its permissions.");
        }
        byte[] head = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new DatabaseException("Cannot read the database " + file + ": " + e.getMessage(), e);
        }
        // An empty file is what SQLite itself treats as a new database.
        if (read > 0 && (read < head.length || !Arrays.equals(head, SQLITE_HEADER))) {
            throw new DatabaseException(SqliteFaults.notADatabase(file));
        }
        if (!Files.isWritable(file) || !Files.isWritable(file.getParent())) {
            throw new DatabaseException("The database " + file + " is read-only: make the file and its folder writable, "
                    + "or pass --db with a writable path.");
        }
    }

    /** A new file: its folders first, then the file itself, readable by its owner only. */
    private static void create(Path file) {
        Path folder = file.getParent();
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        try {
            if (posix) {
                // Folders made for the database are private too (as XDG asks of its base folders).
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(folder);
            }
        } catch (IOException | SecurityException e) {
            throw new DatabaseException("Cannot create the folder " + folder + " for the database: check its permissions, "
                    + "or pass --db with another path.", e);
        }
        try {
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            checkExisting(file);
        } catch (IOException | SecurityException e) {
            throw new DatabaseException("Cannot create the database " + file + ": the folder " + folder
                    + " is not writable; fix its permissions or pass --db with another path.", e);
        }
    }

    /** The SQLite file; for PostgreSQL a stand-in for messages: prefer {@link #shown()}. */
    public Path file() {
        return file != null ? file : connections.file();
    }

    /** Where the data is, for messages: the file or the URL without credentials. */
    public String shown() {
        return connections.shown();
    }

    public SqliteTransactions transactions() {
        return transactions;
    }

    public Clock clock() {
        return clock;
    }

    /** Core's out-ports over this database, product keys from a secure random source. */
    public Ports ports() {
        return ports(new RandomProductKeyIssuer(new SecureRandom()));
    }

    public Ports ports(ProductKeyIssuer productKeys) {
        SqliteTransactions tx = transactions;
        return new Ports(tx, clock, new JooqAccountRepository(tx), new JooqUserRepository(tx), new JooqOfferRepository(tx),
                new JooqOrderRepository(tx), new JooqInvoiceRepository(tx, seal), new JooqDocumentNumbers(tx),
                new JooqMembershipRepository(tx), new JooqSupportTicketRepository(tx), new JooqBenefitCatalog(tx),
                new JooqRedemptionRepository(tx, seal), productKeys, new JooqAuditLog(tx, seal), new EnglishTerms()::terms);
    }

    /** Read-only streaming access for reports: never writes, never loads whole tables. */
    public JooqReportData reports() {
        return new JooqReportData(connections, clock);
    }

    /** The tamper-evident ledgers (R23): verify their hash chains and seals, record and read the outcome. */
    public Ledgers ledgers() {
        return new Ledgers(transactions, seal.key());
    }

    /** The seal every ledger row is appended under (R23), for tools that write in bulk (demo data). */
    public LedgerSeal ledgerSeal() {
        return seal;
    }

    /** Connections for tools that write in bulk (demo data) outside the use cases. */
    public SqliteConnections connections() {
        return connections;
    }
}
