package com.actionpack.persistence.db;

import com.actionpack.persistence.db.migration.V5__Seal_ledgers;
import java.util.Arrays;
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
