package com.actionpack.persistence.db;

import com.actionpack.persistence.db.migration.V5__Seal_ledgers;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * Brings a PostgreSQL database to the app's schema (#16): the twins under
 * {@code db/postgresql} of the SQLite migrations, same version numbers, the migrations both
 * backends share ({@code db/migration/common}), and the same Java migrations. A schema newer than the app is refused before anything is written. Flyway takes
 * PostgreSQL's advisory lock, so two hosts starting at once migrate once.
 */
public final class PostgresMigrations {

    static final String LOCATION = "classpath:db/postgresql";

    /**
     * Migrations whose SQL is the same on both backends, kept once: SQLite reaches them inside
     * its own location (Flyway scans it with its subfolders), PostgreSQL by naming it.
     */
    static final String SHARED = "classpath:db/migration/common";

    private final String shown;

    /**
     * The checksums V2, V3, V10 and V13 had as PostgreSQL twins, before they were shared
     * (db/migration/common): the same statements under another header comment. A database made
     * then (the backend's first days) would fail Flyway's checksum check on them.
     */
    static final Map<String, Integer> CHECKSUMS_OF_THE_FORMER_TWINS = Map.of("2", -1488681058, "3", -2100782476,
            "10", -692922384, "13", 1798289760);

    /**
     * Realigns the recorded checksums of the former twins with the shared files, and nothing
     * else: only when a recorded checksum is exactly a former twin's, and Flyway finds no other
     * fault than those and migrations still to apply. Anything else is left to migrate(), which
     * refuses it.
     */
    private static void realignSharedChecksums(Flyway flyway, MigrationInfo[] applied) {
        boolean former = Arrays.stream(applied).anyMatch(m -> m.getVersion() != null
                && java.util.Objects.equals(CHECKSUMS_OF_THE_FORMER_TWINS.get(m.getVersion().getVersion()), m.getChecksum()));
        if (!former) {
            return;
        }
        var result = flyway.validateWithResult();
        boolean onlyTheFormerTwins = result.invalidMigrations.stream().allMatch(invalid -> {
            var code = invalid.errorDetails == null ? null : invalid.errorDetails.errorCode;
            return code == org.flywaydb.core.api.CoreErrorCode.RESOLVED_VERSIONED_MIGRATION_NOT_APPLIED
                    || (code == org.flywaydb.core.api.CoreErrorCode.CHECKSUM_MISMATCH
                            && CHECKSUMS_OF_THE_FORMER_TWINS.containsKey(invalid.version));
        });
        if (onlyTheFormerTwins) {
            flyway.repair();
        }
    }

    /** @param shown the URL without credentials, for messages */
    public PostgresMigrations(String shown) {
        this.shown = shown;
    }

    /** Migrates, or throws {@link DatabaseException} (a newer schema is refused untouched). */
    public void migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure(PostgresMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION, SHARED)
                .javaMigrations(new V5__Seal_ledgers())
                .loggers("slf4j")
                .failOnMissingLocations(true)
                // As on SQLite (Migrations): a lower version may come later, e.g. V14 (issue 15)
                // after databases already at V16.
                .outOfOrder(true)
                .load();
        try {
            MigrationInfo[] applied = flyway.info().applied();
            Optional<MigrationInfo> future = Arrays.stream(applied)
                    .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                    .reduce((a, b) -> b);
            if (future.isPresent()) {
                throw new DatabaseException("The database " + shown + " has schema version " + future.get().getVersion()
                        + ", newer than this version of actionpack knows (" + Migrations.LATEST_VERSION
                        + "): upgrade actionpack; the database was not changed.");
            }
            realignSharedChecksums(flyway, applied);
            flyway.migrate();
        } catch (FlywayException e) {
            Optional<DatabaseException> known = PostgresFaults.translate(shown, e);
            if (known.isPresent()) {
                throw known.get();
            }
            String detail = Migrations.firstLine(e.getMessage());
            if (detail.contains("non-empty schema")) {
                throw new DatabaseException(shown + " already holds tables of another program, not an Action Pack database: "
                        + "give an empty database.", e);
            }
            throw new DatabaseException("Upgrading the database " + shown + " failed (" + detail
                    + "): report this; the failed step was rolled back.", e);
        }
    }
}
