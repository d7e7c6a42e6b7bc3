package com.actionpack.tui.shell;

import com.actionpack.tui.files.LocalFiles;
import com.actionpack.tui.files.SessionFiles;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one console session shows, decided before it starts: the preview date, who is signed in,
 * and whether colour may be used. Over SSH each session has its own.
 *
 * @param asOf       preview the rules as of this date (shown in a banner), or empty for today
 * @param user       the signed-in user's email as given, or empty
 * @param monochrome no colour at all (NO_COLOR): selection is shown by reverse video
 * @param files      where every save prompt of the session suggests and writes files: an SSH
 *                   session's export folder (bare names only), or a local console's home
 *                   folder ({@code LocalFiles.forUser}, free paths)
 */
public record ConsoleSettings(Optional<LocalDate> asOf, Optional<String> user, boolean monochrome,
                              SessionFiles files) {

    public ConsoleSettings {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(files, "files");
    }

    /** A local console's settings: free paths from the home folder of this process's environment. */
    public ConsoleSettings(Optional<LocalDate> asOf, Optional<String> user, boolean monochrome) {
        this(asOf, user, monochrome, LocalFiles.forUser(System.getenv()));
    }

    public static ConsoleSettings defaults() {
        return new ConsoleSettings(Optional.empty(), Optional.empty(), false);
    }

    /** See https://no-color.org: set and not empty means no colour. */
    public static boolean noColorRequested(Map<String, String> environment) {
        String value = environment.get("NO_COLOR");
        return value != null && !value.isEmpty();
    }

    /**
     * No colour for this environment, locally and over SSH alike: NO_COLOR, or a TERM without
     * colour (dumb, the VT100/VT200 family, a "-mono" or "-m" variant).
     */
    public static boolean monochromeRequested(Map<String, String> environment) {
        if (noColorRequested(environment)) {
            return true;
        }
        String term = environment.getOrDefault("TERM", "").toLowerCase(java.util.Locale.ROOT);
        return term.equals("dumb") || term.matches("vt1\\d\\d|vt2\\d\\d") || term.endsWith("-mono")
                || term.endsWith("-m");
    }

    public ConsoleSettings withMonochrome(boolean value) {
        return new ConsoleSettings(asOf, user, value, files);
    }

    public ConsoleSettings withAsOf(LocalDate date) {
        return new ConsoleSettings(Optional.of(date), user, monochrome, files);
    }

    public ConsoleSettings withUser(String email) {
        return new ConsoleSettings(asOf, Optional.of(email), monochrome, files);
    }

    /** Where every file the session writes goes: an export folder, or a given home folder. */
    public ConsoleSettings withFiles(SessionFiles value) {
        return new ConsoleSettings(asOf, user, monochrome, value);
    }
}
