package com.actionpack.persistence.db;

import java.sql.Connection;
import java.sql.SQLException;
import com.actionpack.persistence.db.migration.V5__Seal_ledgers;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Brings a database file to the app's schema with Flyway, after refusing a file whose schema
 * is newer than the app. Each migration runs in its own transaction, so one that fails leaves
 * the file at the last good version.
 */
final class Migrations {

    private final Path file;
    private final DatabaseOptions options;

    Migrations(Path file, DatabaseOptions options) {
        this.file = file;
        this.options = options;
    }

    /**
     * The newest migration this app ships (V{n}__*.sql under db/migration, or a Java migration
     * in package {@code db.migration} of this module); a test keeps it in step with the files.
     */
    static final int LATEST_VERSION = 17;

    /**
     * How many migrations this app ships. Version ranges are handed out to work in parallel
     * (V4..V9, V10..V14, V15..V19), so a database may hold V15 before V10 exists (SQL files and
     * Java migrations both count): such a gap is
     * applied out of order, and a database that lacks one is not up to date even though its
     * newest version is. A test keeps this in step with the files.
     */
    static final int MIGRATION_COUNT = 13;

    /**
     * True when the file's schema history holds, successfully, {@link #MIGRATION_COUNT} versions
     * ending at {@link #LATEST_VERSION}:
     * then starting skips Flyway, whose set-up is most of the cost of opening a database. Any
     * doubt (no history, a failed or newer row, other migration locations) answers false and
     * Flyway decides as before.
     */
    boolean upToDate() {
        if (!options.migrationLocations().equals(DatabaseOptions.defaults().migrationLocations())) {
            return false;
        }
        Table<?> history = DSL.table(DSL.name("flyway_schema_history"));
        Field<String> version = DSL.field(DSL.name("version"), String.class);
        Field<Boolean> success = DSL.field(DSL.name("success"), Boolean.class);
        try (Connection connection = readOnly().getConnection()) {
            DSLContext dsl = DSL.using(connection, SQLDialect.SQLITE);
            var rows = dsl.select(version, success).from(history).where(version.isNotNull()).fetch();
            boolean allSucceeded = rows.stream().allMatch(r -> Boolean.TRUE.equals(r.get(success)));
            int newest = rows.stream().mapToInt(r -> Integer.parseInt(r.get(version))).max().orElse(0);
            long versions = rows.stream().map(r -> r.get(version)).distinct().count();
            return allSucceeded && newest == LATEST_VERSION && versions == MIGRATION_COUNT;
        } catch (SQLException | RuntimeException e) {
            // No history table (not ours yet), unreadable: let Flyway look and say what is wrong.
            return false;
        }
    }

    /** The file, read-only and without pragmas: reading it changes nothing. */
    javax.sql.DataSource readOnlyDataSource() {
        return readOnly();
    }

    private SQLiteDataSource readOnly() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout((int) options.busyTimeout().toMillis());
        SQLiteDataSource readOnly = new SQLiteDataSource(config);
        readOnly.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return readOnly;
    }

    /**
     * Refuses a schema newer than this app. Reads through a read-only connection without
     * pragmas, so the file is not changed at all.
     */
    void refuseNewerSchema() {
        SQLiteDataSource readOnly = readOnly();
        MigrationInfo[] applied;
        try {
            applied = flyway(readOnly).info().applied();
        } catch (FlywayException e) {
            throw fault(e, "Reading the schema version of " + file + " failed");
        }
        Optional<MigrationInfo> future = Arrays.stream(applied)
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .reduce((a, b) -> b);
        if (future.isPresent()) {
            throw new DatabaseException("The database " + file + " has schema version " + future.get().getVersion()
                    + ", newer than this version of actionpack knows (" + latestKnown(applied) + "): upgrade actionpack; "
                    + "the file was not changed.");
        }
    }

    void migrate(DataSource writable) {
        Flyway flyway = flyway(writable);
        try {
            RewrittenMigrations.realign(writable);
        } catch (SQLException e) {
            throw SqliteFaults.translate(file, e).orElseGet(() -> new DatabaseException("Upgrading the database " + file
                    + " failed (" + firstLine(e.getMessage()) + "): report this and keep the file.", e));
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            String version = currentVersion(flyway);
            Optional<DatabaseException> known = SqliteFaults.translate(file, e);
            if (known.isPresent()) {
                throw known.get();
            }
            String detail = firstLine(e.getMessage());
            if (detail.contains("non-empty schema")) {
                throw new DatabaseException(file + " is a SQLite database of another program, not an Action Pack database: "
                        + "pass --db with another path.", e);
            }
            throw new DatabaseException("Upgrading the database " + file + " failed, and it was left at schema version "
                    + version + " (" + detail + "): report this and keep the file.", e);
        }
    }

    private static String currentVersion(Flyway flyway) {
        try {
            MigrationInfo current = flyway.info().current();
            return current == null ? "none" : current.getVersion().toString();
        } catch (FlywayException e) {
            return "unknown";
        }
    }

    private static String latestKnown(MigrationInfo[] applied) {
        return Arrays.stream(applied).filter(m -> m.getState() == MigrationState.SUCCESS).reduce((a, b) -> b)
                .map(m -> m.getVersion().toString()).orElse("none");
    }

    private Flyway flyway(DataSource dataSource) {
        List<String> locations = options.migrationLocations();
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                // Listed, not scanned: scanning for classes is slow and fragile in a shaded jar.
                .javaMigrations(new V5__Seal_ledgers())
                .loggers("slf4j")
                .failOnMissingLocations(true)
                // Versions are handed out in ranges to parallel work: a lower one may come later.
                .outOfOrder(true)
                .load();
    }

    private DatabaseException fault(FlywayException e, String what) {
        return SqliteFaults.translate(file, e).orElseGet(() -> new DatabaseException(what + " (" + firstLine(e.getMessage())
                + "): check that it is an Action Pack database.", e));
    }

    static String firstLine(String message) {
        if (message == null) {
            return "no details";
        }
        String line = message.strip().lines().filter(l -> !l.isBlank()).findFirst().orElse("no details");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
