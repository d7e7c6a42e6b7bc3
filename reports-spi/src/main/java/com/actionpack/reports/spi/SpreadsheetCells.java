package com.actionpack.reports.spi;

import java.text.Normalizer;

/**
 * Makes text safe for a spreadsheet cell (CSV, TSV, XLSX...): a cell a spreadsheet could run
 * as a formula gets a leading single quote, so it is shown as the text it is. Every plugin
 * writing a spreadsheet format should pass each text cell through {@link #neutralise}: one
 * rule, tested once.
 *
 * <p>The rule (OWASP's CSV injection advice, closed against its known bypasses): look at the
 * first character that is neither whitespace nor invisible (spaces of any width including
 * U+00A0 and U+3000, line and paragraph separators, control characters such as tab, CR and
 * LF, format characters such as the zero-width space U+200B), after Unicode compatibility
 * folding (NFKC, so the full-width {@code ＝＋－＠} count as {@code =+-@}). If it is
 * {@code =}, {@code +}, {@code -} or {@code @}, or the cell starts with a tab or a carriage
 * return, the cell is risky: spreadsheets that trim spaces on import would otherwise evaluate
 * {@code " =1+1"}. A plain negative decimal number ({@code -12.50}, optionally behind
 * whitespace) stays unchanged: it is data, and must stay summable.
 *
 * <p>Thread-safe and stateless. Cheap for the common cell: only a cell whose first character
 * is not plain ASCII, or is risky, is looked at further.
 *
 * @since 1.1
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /**
     * The cell text to write: {@code text} unchanged, or {@code "'" + text} when a spreadsheet
     * could take it for a formula.
     *
     * @param text the cell's value; null is written as ""
     * @return the text to write; never null
     */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return isRisky(text) ? "'" + text : text;
    }

    /**
     * Whether a spreadsheet could take {@code text} for a formula (see the class comment).
     *
     * @param text the cell's value; null is not risky
     * @return true when {@link #neutralise} would prefix a quote
     */
    public static boolean isRisky(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '\t' || first == '\r') {
            return true;
        }
        if (first > ' ' && first < 0x7F) {
            // The common case, decided without normalising.
            return isTrigger(first) && !plainNegativeNumber(text, 0);
        }
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            if (visibleNonTrigger(codePoint)) {
                return false; // a letter or a symbol such as an emoji: decided without normalising
            }
            if (invisible(codePoint)) {
                i += Character.charCount(codePoint);
                continue;
            }
            char folded = fold(codePoint);
            if (!isTrigger(folded)) {
                return false;
            }
            return !(text.charAt(i) == '-' && plainNegativeNumber(text, i));
        }
        return false;
    }

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@';
    }

    /**
     * Letters (but the Hangul fillers, which render as nothing) and other symbols beyond ASCII:
     * visible, and their NFKC folding never starts with a trigger, so the cell is decided without
     * {@link #fold}, whose normaliser was most of an export's time for names in other scripts
     * (issue 15). SpreadsheetCellsTest checks this on every code point the JDK knows.
     */
    static boolean visibleNonTrigger(int codePoint) {
        if (codePoint < 0x80 || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164
                || codePoint == 0xFFA0) {
            return false;
        }
        return Character.isLetter(codePoint) || Character.getType(codePoint) == Character.OTHER_SYMBOL;
    }

    /** Whitespace, separators, control and format characters: what a reader does not see. */
    private static boolean invisible(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT
                // Hangul fillers render as nothing; spreadsheets do not trim them, but people miss them.
                || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0;
    }

    /** The first character of a code point's compatibility folding (NFKC): {@code ＝} is {@code =}. */
    private static char fold(int codePoint) {
        if (codePoint < 0x80) {
            return (char) codePoint;
        }
        String folded = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC);
        return folded.isEmpty() ? '\0' : folded.charAt(0);
    }

    /** From {@code start}: {@code -[0-9]+(\.[0-9]+)?} up to the end, trailing whitespace allowed. */
    private static boolean plainNegativeNumber(String text, int start) {
        int end = text.length();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= start || text.charAt(start) != '-') {
            return false;
        }
        int i = start + 1;
        int digits = 0;
        while (i < end && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i == end) {
            return true;
        }
        if (text.charAt(i) != '.' || i + 1 == end) {
            return false;
        }
        for (i++; i < end; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
