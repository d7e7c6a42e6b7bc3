package com.actionpack.tui.reportscreen;

import com.actionpack.tui.files.FileRefused;
import com.actionpack.tui.files.LocalFiles;
import com.actionpack.tui.reports.InstalledReport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Report files' default name ({@code <id>-<date>.<format>}, dated by the app's clock) and, for a
 * local console, the home folder that default and relative paths start in. An SSH session
 * writes into its export folder instead (the session's {@code ConsoleSettings.files()}).
 */
public record ReportTargets(Path home, Clock clock) {

    public ReportTargets {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(clock, "clock");
    }

    /** The user's home folder and today's date on the system clock. */
    public static ReportTargets inUserHome() {
        return new ReportTargets(Path.of(System.getProperty("user.home")), Clock.systemDefaultZone());
    }

    /** A local console's files: free paths from the home folder. */
    public LocalFiles local() {
        return new LocalFiles(home);
    }

    public String defaultName(InstalledReport report, String format) {
        return report.id() + "-" + LocalDate.now(clock) + "." + format;
    }

    public Path defaultFor(InstalledReport report, String format) {
        return home.resolve(defaultName(report, format));
    }

    /** The file a typed path names in a local console; {@code ~/} means the home folder. */
    Path resolve(String typed) throws BadInput {
        try {
            return local().resolve(typed);
        } catch (FileRefused e) {
            throw new BadInput(e.getMessage());
        }
    }
}
