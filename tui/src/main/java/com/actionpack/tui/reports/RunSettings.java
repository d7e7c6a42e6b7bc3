package com.actionpack.tui.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * What the app tells one report run beyond its request, turned into the plugin's
 * {@link com.actionpack.reports.spi.ReportContext} by {@link ReportRunner}.
 *
 * @param accountScope the PartnerID the data is restricted to, or empty for every account
 * @param businessDay  the {@code --as-of} day, else today in the app's clock
 * @param appVersion   the app's version
 * @param cancelled    true once the user cancelled the run
 * @param expectedRows receives the row total a plugin announces
 */
public record RunSettings(Optional<String> accountScope, LocalDate businessDay, String appVersion,
                          BooleanSupplier cancelled, LongConsumer expectedRows) {

    public RunSettings {
        Objects.requireNonNull(accountScope, "accountScope");
        Objects.requireNonNull(businessDay, "businessDay");
        Objects.requireNonNull(appVersion, "appVersion");
        Objects.requireNonNull(cancelled, "cancelled");
        Objects.requireNonNull(expectedRows, "expectedRows");
    }

    /** The version plugins see when the caller does not know the app's (tests, tools). */
    public static final String UNKNOWN_VERSION = "dev";

    /** Every account, the clock's day, never cancelled, totals ignored, version unknown. */
    public static RunSettings host(Clock clock) {
        return scoped(Optional.empty(), LocalDate.now(clock), UNKNOWN_VERSION);
    }

    /**
     * A run restricted to {@code accountScope} (when present) on {@code businessDay}; not
     * cancellable yet. The wiring passes the app's version (the report host does not read it).
     */
    public static RunSettings scoped(Optional<String> accountScope, LocalDate businessDay, String appVersion) {
        return new RunSettings(accountScope, businessDay, appVersion, () -> false, rows -> { });
    }

    /** The same facts, with the run's cancel flag and a receiver for the announced total. */
    public RunSettings controlledBy(BooleanSupplier cancelFlag, LongConsumer totals) {
        return new RunSettings(accountScope, businessDay, appVersion, cancelFlag, totals);
    }
}
