package com.actionpack.tui.app;

import com.actionpack.core.CoreServices;
import com.actionpack.core.Ports;
import com.actionpack.core.benefits.RandomProductKeyIssuer;
import com.actionpack.persistence.db.Database;
import com.actionpack.reports.spi.ReportData;
import com.actionpack.tui.reports.PluginCatalog;
import com.actionpack.tui.reports.PluginLoader;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Core over the SQLite database, once per process: the clock every rule reads (R14), the
 * database migrated on open, the use cases, and the report plugins.
 */
@Module
public abstract class CoreModule {

    private CoreModule() {
    }

    /** Today, or the --as-of day with the time of day still running. */
    @Provides
    @Singleton
    static Clock clock(AppConfig config) {
        Clock system = Clock.systemDefaultZone();
        return config.asOf().map(day -> {
            LocalDate today = LocalDate.now(system);
            return Clock.offset(system, Duration.between(today.atStartOfDay(), day.atStartOfDay()));
        }).orElse(system);
    }

    @Provides
    @Singleton
    static Database database(AppConfig config, Clock clock) {
        return Database.open(config.database(), clock,
                com.actionpack.persistence.db.DatabaseOptions.defaults().withPoolSize(config.poolSize())
                        .withLedgerKey(config.ledgerKey()));
    }

    /** A preview (--as-of) reads only: nothing is written at a date that is not today. */
    @Provides
    @Singleton
    static Ports ports(Database database, AppConfig config) {
        Ports ports = database.ports(new RandomProductKeyIssuer(new SecureRandom()));
        return config.asOf().isEmpty() ? ports : PreviewTransactions.readOnly(ports, config.asOf().get());
    }

    @Provides
    @Singleton
    static CoreServices core(Ports ports) {
        return new CoreServices(ports);
    }

    @Provides
    static ReportData reportData(Database database) {
        return database.reports();
    }

    @Provides
    @Singleton
    static PluginCatalog plugins(AppConfig config) {
        return new PluginLoader(CoreModule.class.getClassLoader()).load(config.plugins());
    }
}
