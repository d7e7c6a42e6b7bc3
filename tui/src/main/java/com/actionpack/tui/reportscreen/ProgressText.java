package com.actionpack.tui.reportscreen;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The progress line of a run, drawn in characters only ({@code [#####.....]  50%}) so that it
 * reads the same without colour (NO_COLOR) and over any terminal.
 */
final class ProgressText {

    private ProgressText() {
    }

    /** "12,000 rows written", or with a known total "[####......] 40%  12,000 of 30,000 rows". */
    static String of(long rows, OptionalLong total, int barWidth) {
        String count = number(rows);
        if (total.isEmpty() || total.getAsLong() <= 0) {
            return count + (rows == 1 ? " row" : " rows") + " written";
        }
        long all = total.getAsLong();
        double fraction = Math.min(1.0, (double) rows / all);
        int filled = (int) Math.floor(fraction * barWidth);
        int percent = (int) Math.floor(fraction * 100);
        return "[" + "#".repeat(filled) + ".".repeat(barWidth - filled) + "] " + percent + "%  " + count + " of "
                + number(all) + " rows";
    }

    private static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    }
}
