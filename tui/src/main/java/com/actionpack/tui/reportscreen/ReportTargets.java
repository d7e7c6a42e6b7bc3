package com.actionpack.tui.reportscreen;

import com.actionpack.tui.reports.InstalledReport;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where report files go: the default offered in the file prompt ({@code <home>/<id>-<date>.<format>})
 * and how a typed path is read. A relative path is taken from the home folder, not from the
 * process's working folder, which over SSH means nothing to the person typing.
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

    public Path defaultFor(InstalledReport report, String format) {
        return home.resolve(report.id() + "-" + LocalDate.now(clock) + "." + format);
    }

    /** The file a typed path names; {@code ~/} means the home folder. */
    Path resolve(String typed) throws BadInput {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new BadInput("File is empty: type the file to write, e.g. " + home.resolve("report.csv"));
        }
        try {
            Path path;
            if (text.equals("~")) {
                path = home;
            } else if (text.startsWith("~/")) {
                path = home.resolve(text.substring(2));
            } else {
                path = home.resolve(text);
            }
            return path.toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new BadInput("File '" + text + "' is not a valid path: " + e.getReason());
        }
    }
}
