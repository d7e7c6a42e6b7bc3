package com.actionpack.reports.testkit;

import com.actionpack.reports.spi.ReportContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A {@link ReportContext} a test sets up: scope, business day, app version and a cancel flag
 * of its choice; it records what the report logged and the row total it announced.
 *
 * <pre>{@code
 * TestContext context = new TestContext().scopedTo("4000001").on(LocalDate.of(2026, 5, 1));
 * }</pre>
 *
 * <p>Defaults: every account, 2026-01-01, version {@code "test"}, not cancelled. Thread-safe
 * for the cancel flag; one per run.
 *
 * @since 1.1
 */
public final class TestContext implements ReportContext {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final List<String> logged = new ArrayList<>();
    private Optional<String> scope = Optional.empty();
    private LocalDate day = LocalDate.of(2026, 1, 1);
    private String version = "test";
    private Long expectedRows;

    /** A context with the defaults above. */
    public TestContext() {
    }

    /**
     * Scopes the run to one account, as the console does for a partner's admin.
     *
     * @param partnerId the PartnerID
     * @return this
     */
    public TestContext scopedTo(String partnerId) {
        this.scope = Optional.of(partnerId);
        return this;
    }

    /**
     * Sets the business day.
     *
     * @param businessDay the day
     * @return this
     */
    public TestContext on(LocalDate businessDay) {
        this.day = businessDay;
        return this;
    }

    /**
     * Sets the app version.
     *
     * @param appVersion the version text
     * @return this
     */
    public TestContext version(String appVersion) {
        this.version = appVersion;
        return this;
    }

    /** Cancels the run: {@link #cancelled()} is true from now on. */
    public void cancel() {
        cancelled.set(true);
    }

    /** @return the row total the report announced last, if it did */
    public OptionalLong expectedRows() {
        return expectedRows == null ? OptionalLong.empty() : OptionalLong.of(expectedRows);
    }

    /** @return what the report logged, as {@code "LEVEL message"} lines */
    public List<String> logged() {
        synchronized (logged) {
            return List.copyOf(logged);
        }
    }

    @Override
    public boolean cancelled() {
        return cancelled.get();
    }

    @Override
    public Optional<String> accountScope() {
        return scope;
    }

    @Override
    public LocalDate businessDay() {
        return day;
    }

    @Override
    public String appVersion() {
        return version;
    }

    @Override
    public System.Logger logger() {
        return new Recorder();
    }

    @Override
    public void expectRows(long rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("a row total cannot be negative: " + rows);
        }
        expectedRows = rows;
    }

    /** Keeps log records in memory. */
    private final class Recorder implements System.Logger {
        @Override
        public String getName() {
            return "testkit";
        }

        @Override
        public boolean isLoggable(Level level) {
            return true;
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
            synchronized (logged) {
                logged.add(level + " " + message + (thrown == null ? "" : " (" + thrown + ")"));
            }
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            String text = params == null || params.length == 0 ? format
                    : java.text.MessageFormat.format(format, params);
            synchronized (logged) {
                logged.add(level + " " + text);
            }
        }
    }
}
