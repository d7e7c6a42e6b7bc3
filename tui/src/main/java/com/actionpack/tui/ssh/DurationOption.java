package com.actionpack.tui.ssh;

import java.time.Duration;
import java.util.Locale;

/** Reads durations as people type them on a command line: "15m", "90s", "2h", "30d", or minutes. */
final class DurationOption {

    private DurationOption() {
    }

    static Duration parse(String option, String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        String hint = "expected e.g. 15m, 90s or 2h";
        if (value.isEmpty()) {
            throw new IllegalArgumentException(option + " is empty: " + hint);
        }
        char unit = value.charAt(value.length() - 1);
        String digits = Character.isDigit(unit) ? value : value.substring(0, value.length() - 1);
        long amount;
        try {
            amount = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " '" + text + "' is not a duration: " + hint);
        }
        if (amount <= 0) {
            throw new IllegalArgumentException(option + " '" + text + "' must be more than zero: " + hint);
        }
        switch (unit) {
            case 's':
                return Duration.ofSeconds(amount);
            case 'h':
                return Duration.ofHours(amount);
            case 'm':
                return Duration.ofMinutes(amount);
            case 'd':
                return Duration.ofDays(amount);
            default:
                if (Character.isDigit(unit)) {
                    return Duration.ofMinutes(amount);
                }
                throw new IllegalArgumentException(option + " '" + text + "' has an unknown unit: " + hint);
        }
    }

    static String format(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        if (seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }
}
