package com.actionpack.tui.files;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The file names a confined session may type: one name, no folder. Letters, digits and
 * {@code . - _ +}, starting with a letter or digit (so never {@code .}, {@code ..}, a hidden
 * file or an option-like {@code -x}), at most {@value #MAX_LENGTH} characters, and no device
 * name ({@code CON}, {@code NUL}, {@code COM1}, ... with or without an extension).
 */
public final class FileNames {

    /** Short enough for every file system and for a readable scp command. */
    public static final int MAX_LENGTH = 120;

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._+-]*");
    private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "CLOCK$",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    /**
     * What a refusal says is allowed; the same words wherever a name is typed, short enough
     * that the whole line fits an 80-column notice.
     */
    public static final String ALLOWED = "type a file name only, e.g. report.csv";

    private FileNames() {
    }

    /**
     * The name, stripped of surrounding blanks.
     *
     * @throws FileRefused naming what was wrong and what is allowed
     */
    public static String check(String typed) throws FileRefused {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            throw new FileRefused("File is empty: " + ALLOWED + ".");
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            throw new FileRefused("No folders here (/ or \\): " + ALLOWED + ".");
        }
        if (name.length() > MAX_LENGTH) {
            throw new FileRefused("Name longer than " + MAX_LENGTH + " characters: " + ALLOWED + ".");
        }
        if (!NAME.matcher(name).matches()) {
            throw new FileRefused("Letters, digits, . - _ + only: " + ALLOWED + ".");
        }
        int dot = name.indexOf('.');
        String stem = (dot < 0 ? name : name.substring(0, dot)).toUpperCase(Locale.ROOT);
        if (DEVICES.contains(stem)) {
            throw new FileRefused("'" + printable(stem) + "' is a device name: " + ALLOWED + ".");
        }
        return name;
    }

    /** Typed text fit for a one-line message: control characters shown as '?'. */
    static String printable(String text) {
        String shown = text.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 24 ? shown.substring(0, 23) + "\u2026" : shown;
    }
}
