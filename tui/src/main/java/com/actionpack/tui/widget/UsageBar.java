package com.actionpack.tui.widget;

/**
 * Used and left as a small bar of plain characters, {@code [##---]}: {@code #} used, {@code -}
 * left, so it reads the same without colour (NO_COLOR, TERM=dumb) and in any font. Any use
 * shows at least one {@code #}, and the bar is full only when nothing is left; the numbers go
 * beside it, the bar only helps the eye.
 */
public final class UsageBar {

    private UsageBar() {
    }

    /**
     * @param used units used, 0 or more
     * @param total units in all, 0 or more (0 draws an empty bar)
     * @param cells the bar's width inside its brackets, at least 1
     */
    public static String of(int used, int total, int cells) {
        if (cells < 1) {
            throw new IllegalArgumentException("a bar needs at least one cell: " + cells);
        }
        int filled;
        if (total <= 0 || used <= 0) {
            filled = 0;
        } else if (used >= total) {
            filled = cells;
        } else {
            // Rounded up so one unit used shows, but never full while something is left.
            filled = Math.min(cells - 1, (int) Math.ceil((double) used * cells / total));
        }
        return "[" + "#".repeat(filled) + "-".repeat(cells - filled) + "]";
    }
}
