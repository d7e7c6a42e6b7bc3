package com.actionpack.persistence.copy;

import static com.actionpack.persistence.jooq.Tables.BENEFIT_CATALOG;
import static com.actionpack.persistence.jooq.Tables.COUNTRY_OFFERS;
import static com.actionpack.persistence.jooq.Tables.DOCUMENT_SEQUENCE;
import static com.actionpack.persistence.jooq.Tables.LEDGER_HEADS;
import static com.actionpack.persistence.jooq.Tables.LEDGER_SEAL;

import com.actionpack.persistence.db.Database;
import com.actionpack.persistence.db.DatabaseException;
import com.actionpack.persistence.db.DatabaseOptions;
import com.actionpack.persistence.db.DatabaseTarget;
import com.actionpack.persistence.db.PostgresFaults;
import com.actionpack.persistence.db.PostgresMigrations;
import com.actionpack.persistence.db.PostgresPool;
import com.actionpack.persistence.db.SqliteConnections;
import com.actionpack.persistence.db.SqliteTransactions;
import com.actionpack.persistence.jooq.DefaultSchema;
import com.actionpack.persistence.ledger.LedgerKey;
import com.actionpack.persistence.ledger.LedgerKeyFile;
import com.actionpack.persistence.ledger.LedgerVerification;
import com.actionpack.persistence.ledger.LedgerVerifier;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * {@code actionpack db copy --from FILE --to URL} (#16): copies an embedded SQLite database
 * into an empty PostgreSQL database.
 *
 * <p>In order: the source is opened as every command opens it (a schema newer than the app is
 * refused untouched, an older one upgraded) and its ledgers verified (R23: a broken chain is
 * not carried over); the target must hold no tables, or only an Action Pack schema without data
 * (what a copy that failed after migrating leaves); Flyway migrates the target; then ONE
 * transaction on the target replaces the rows the migrations seeded, copies every table of the
 * app, parents first, rows in key order, moves the identity sequences past the copied ids, reads
 * back every table's row count and verifies every hash chain, and only then commits. Whatever
 * fails before the commit leaves no data in the target. The rows are copied as stored, hashes
 * included: the chains verify on PostgreSQL because both backends render a row's canonical
 * content alike ({@code PostgresCanonicalContent}).
 *
 * <p>Errors: {@link CopyRefusedException} (target not empty, source ledgers broken, the copy
 * did not verify) or {@link DatabaseException} (a database that cannot be used), one line each.
 */
public final class DatabaseCopy {

    /**
     * Tables that hold rows in a database without data, and whose rows the copy replaces with the
     * source's: those the migrations fill (V1 prices and the document counter, V2 the benefit
     * catalog, V4 the ledger heads) and the ledgers' seal (R23), which the app writes when it
     * first opens a database; the source's seal (its database id and key id) comes with its
     * rows, so the copy verifies under the same key. {@code DatabaseCopyTest} keeps this list
     * equal to the tables that hold rows after the app first opened an empty database.
     */
    static final Set<Table<?>> REPLACED_BY_THE_COPY = Set.of(COUNTRY_OFFERS, DOCUMENT_SEQUENCE, BENEFIT_CATALOG,
            LEDGER_HEADS, LEDGER_SEAL);

    /** PostgreSQL takes at most 65,535 bind values per statement: batches stay well below. */
    private static final int BIND_VALUES_PER_INSERT = 20_000;

    private final Clock clock;
    private final LedgerKeyFile ledgerKey;
    private final Consumer<String> progress;

    /** With the ledger key of {@link LedgerKeyFile#ofSystem()}. */
    public DatabaseCopy(Clock clock, Consumer<String> progress) {
        this(clock, LedgerKeyFile.ofSystem(), progress);
    }

    /**
     * @param ledgerKey the key that sealed the source's ledgers (R23): the copy is verified with it
     * @param progress  told one line per table copied (for a terminal); never null
     */
    public DatabaseCopy(Clock clock, LedgerKeyFile ledgerKey, Consumer<String> progress) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ledgerKey = Objects.requireNonNull(ledgerKey, "ledgerKey");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** The app's tables, parents before children, and the references filled in after both ends are in. */
    static CopyOrder order() {
        return CopyOrder.of(DefaultSchema.DEFAULT_SCHEMA.getTables());
    }

    /** The app's tables, parents before children. */
    static List<Table<?>> tables() {
        return order().tables();
    }

    public CopyReport copy(Path from, DatabaseTarget.PostgresServer to) {
        long started = System.nanoTime();
        Path file = from.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new DatabaseException("There is no database file at " + file + ": pass --from with the SQLite file to copy.");
        }
        Database source = Database.open(file, clock, DatabaseOptions.defaults().withLedgerKey(ledgerKey));
        LedgerKey key = source.ledgerSeal().key();
        try (Connection read = source.connections().open(SqliteConnections.Mode.REPORT)) {
            // One read transaction: every table is copied from the same snapshot.
            read.setAutoCommit(false);
            DSLContext sqlite = SqliteTransactions.dslOn(read);
            LedgerVerification sourceLedgers = LedgerVerifier.verify(sqlite, key);
            if (!sourceLedgers.intact()) {
                throw new CopyRefusedException("the ledgers of " + file + " are broken (" + sourceLedgers.summary()
                        + "): nothing was copied; see actionpack audit verify --db " + file);
            }
            try (HikariDataSource pool = PostgresPool.open(to, DatabaseOptions.defaults())) {
                refuseData(pool, to);
                new PostgresMigrations(to.shown()).migrate(PostgresPool.direct(to));
                Map<String, Long> rows = copyInOneTransaction(sqlite, pool, to, key);
                read.rollback();
                return new CopyReport(rows, sourceLedgers.summary(), Duration.ofNanos(System.nanoTime() - started));
            }
        } catch (SQLException e) {
            throw new DatabaseException("Reading " + file + " failed (" + firstLine(e.getMessage()) + "): nothing was copied.", e);
        }
    }

    /** A PostgreSQL context for the target; schemas rendered so the catalogue can be read. */
    private static DSLContext postgres(Connection connection) {
        return DSL.using(connection, SQLDialect.POSTGRES, new Settings().withExecuteLogging(false));
    }

    /** Refuses a target that holds anything but an empty Action Pack schema, before anything is written. */
    private static void refuseData(HikariDataSource pool, DatabaseTarget.PostgresServer to) {
        try (Connection c = pool.getConnection()) {
            DSLContext pg = postgres(c);
            Table<?> catalogue = DSL.table(DSL.name("information_schema", "tables"));
            Field<String> name = DSL.field(DSL.name("table_name"), String.class);
            List<String> present = pg.select(name).from(catalogue)
                    .where(DSL.field(DSL.name("table_schema"), String.class).eq(DSL.currentSchema()))
                    .and(DSL.field(DSL.name("table_type"), String.class).eq("BASE TABLE"))
                    .orderBy(name).fetch(name);
            if (present.isEmpty()) {
                return;
            }
            if (!present.contains("flyway_schema_history")) {
                throw new CopyRefusedException(to.shown() + " already holds " + present.size() + " tables of another program ("
                        + present.stream().limit(3).collect(Collectors.joining(", ")) + "): db copy fills an empty database;"
                        + " create one (see docs/postgresql.md) and copy into it");
            }
            List<String> holding = new ArrayList<>();
            for (Table<?> table : tables()) {
                if (!REPLACED_BY_THE_COPY.contains(table) && present.contains(table.getName())) {
                    int count = pg.fetchCount(DSL.table(DSL.name(table.getName())));
                    if (count > 0) {
                        holding.add(String.format("%,d %s", count, table.getName()));
                    }
                }
            }
            if (!holding.isEmpty()) {
                throw new CopyRefusedException(to.shown() + " is not empty (" + String.join(", ", holding.subList(0,
                        Math.min(4, holding.size()))) + "): db copy never merges; nothing was changed; copy into a new,"
                        + " empty database (see docs/postgresql.md)");
            }
        } catch (SQLException | org.jooq.exception.DataAccessException e) {
            throw PostgresFaults.translate(to.shown(), e).orElseGet(() -> new DatabaseException(
                    "Reading " + to.shown() + " failed (" + firstLine(e.getMessage()) + "): nothing was copied.", e));
        }
    }

    private Map<String, Long> copyInOneTransaction(DSLContext sqlite, HikariDataSource pool,
            DatabaseTarget.PostgresServer to, LedgerKey key) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                Map<String, Long> rows = copyAll(sqlite, postgres(c), to, key);
                c.commit();
                return rows;
            } catch (RuntimeException | SQLException | Error e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException | org.jooq.exception.DataAccessException e) {
            throw PostgresFaults.translate(to.shown(), e).orElseGet(() -> new DatabaseException(
                    "Copying into " + to.shown() + " failed (" + firstLine(e.getMessage())
                            + "): it was rolled back, the target holds no data; report this.", e));
        }
    }

    private Map<String, Long> copyAll(DSLContext sqlite, DSLContext pg, DatabaseTarget.PostgresServer to, LedgerKey key) {
        CopyOrder plan = order();
        List<Table<?>> order = plan.tables();
        // The migrations' own rows (and a seal) make way for the source's (children of them are empty here).
        for (int i = order.size() - 1; i >= 0; i--) {
            if (REPLACED_BY_THE_COPY.contains(order.get(i))) {
                pg.deleteFrom(order.get(i)).execute();
            }
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Table<?> table : order) {
            long copied = copyTable(sqlite, pg, table, plan.late().getOrDefault(table, List.of()));
            rows.put(table.getName(), copied);
            progress.accept(String.format("%s: %,d rows", table.getName(), copied));
        }
        plan.late().forEach((table, keys) -> fillInLate(sqlite, pg, table, keys));
        for (Table<?> table : order) {
            moveIdentityPastCopiedIds(pg, table);
        }
        for (Table<?> table : order) {
            long there = pg.fetchCount(table);
            long here = sqlite.fetchCount(table);
            if (there != here || there != rows.get(table.getName())) {
                throw new CopyRefusedException("the copy of " + table.getName() + " holds " + there + " rows but the source "
                        + here + ": it was rolled back, the target holds no data; report this");
            }
        }
        // With the source's key: the seals came with the rows (R23).
        LedgerVerification copied = LedgerVerifier.verify(pg, key);
        if (!copied.intact()) {
            throw new CopyRefusedException("the ledgers did not verify on " + to.shown() + " (" + copied.summary()
                    + "): the copy was rolled back, the target holds no data; report this");
        }
        return rows;
    }

    private static <R extends Record> long copyTable(DSLContext sqlite, DSLContext pg, Table<R> table,
            List<ForeignKey<?, ?>> late) {
        Field<?>[] fields = table.fields();
        List<Field<?>> nulledFirst = late.stream().<Field<?>>flatMap(k -> k.getFields().stream()).toList();
        int perInsert = Math.max(1, BIND_VALUES_PER_INSERT / fields.length);
        long copied = 0;
        try (Cursor<R> cursor = inKeyOrder(sqlite, table).fetchSize(perInsert).fetchLazy()) {
            while (cursor.hasNext()) {
                List<R> batch = cursor.fetchNext(perInsert).stream().toList();
                for (R row : batch) {
                    nulledFirst.forEach(f -> row.set(f, null));
                }
                pg.insertInto(table).columns(fields).valuesOfRecords(batch).execute();
                copied += batch.size();
            }
        }
        return copied;
    }

    private static <R extends Record> org.jooq.ResultQuery<R> inKeyOrder(DSLContext sqlite, Table<R> table) {
        var select = sqlite.selectFrom(table);
        var key = table.getPrimaryKey();
        return key == null ? select : select.orderBy(key.getFields());
    }

    /** Sets the references that were copied as NULL (to break the schema's cycle), row by row, from the source. */
    private static <R extends Record> void fillInLate(DSLContext sqlite, DSLContext pg, Table<R> table,
            List<ForeignKey<?, ?>> keys) {
        List<Field<?>> lateFields = keys.stream().<Field<?>>flatMap(k -> k.getFields().stream()).toList();
        List<? extends Field<?>> id = table.getPrimaryKey().getFields();
        List<org.jooq.Query> updates = new ArrayList<>();
        org.jooq.Condition anySet = DSL.or(lateFields.stream().map(Field::isNotNull).toList());
        try (Cursor<R> cursor = sqlite.selectFrom(table).where(anySet).fetchSize(1_000).fetchLazy()) {
            for (R row : cursor) {
                Map<Field<?>, Object> values = new LinkedHashMap<>();
                lateFields.forEach(f -> values.put(f, row.get(f)));
                org.jooq.Condition same = DSL.and(id.stream().map(f -> equal(f, row.get(f))).toList());
                updates.add(pg.update(table).set(values).where(same));
                if (updates.size() == 1_000) {
                    pg.batch(updates).execute();
                    updates.clear();
                }
            }
        }
        if (!updates.isEmpty()) {
            pg.batch(updates).execute();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> org.jooq.Condition equal(Field<T> field, Object value) {
        return field.eq((T) value);
    }

    /** Rows came with their ids: the identity sequence must hand out the next one, not 1. */
    private static void moveIdentityPastCopiedIds(DSLContext pg, Table<?> table) {
        Field<?> id = table.field("id");
        if (id == null || !Long.class.equals(id.getType())) {
            return;
        }
        Long last = pg.select(DSL.max(id.coerce(Long.class))).from(table).fetchOne(0, Long.class);
        if (last == null) {
            return;
        }
        Field<String> sequence = DSL.function("pg_get_serial_sequence", String.class, DSL.inline(table.getName()),
                DSL.inline(id.getName()));
        // NULL (no identity on this column) makes setval a no-op: it is strict.
        pg.select(DSL.function("setval", Long.class, sequence, DSL.val(last))).fetch();
    }

    private static String firstLine(String message) {
        return message == null ? "no details" : message.strip().lines().findFirst().orElse("no details");
    }
}
