package com.actionpack.tui.reportscreen;

import com.actionpack.tui.reports.InstalledReport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Report files' default name, {@code <id>-<date>.<format>}, dated by the app's clock (an
 * {@code --as-of} preview's day). Where the file goes is the session's: its
 * {@code ConsoleSettings.files()} suggests the folder (a local console's home, an SSH session's
 * export folder), the same for every save prompt.
 */
public record ReportTargets(Clock clock) {

    public ReportTargets {
        Objects.requireNonNull(clock, "clock");
    }

    /** Today's date on the system clock. */
    public static ReportTargets systemClock() {
        return new ReportTargets(Clock.systemDefaultZone());
    }

    public String defaultName(InstalledReport report, String format) {
        return report.id() + "-" + LocalDate.now(clock) + "." + format;
    }
}
