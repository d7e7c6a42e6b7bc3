package com.actionpack.reports.csv;

import java.util.Currency;

/** Turns values into CSV cell text that a spreadsheet shows as data, never runs as a formula. */
final class CsvCells {

    private CsvCells() {
    }

    /**
     * OWASP's CSV injection defence: a cell starting with {@code = + - @}, tab or carriage
     * return gets a leading single quote, so the spreadsheet shows it as text. A plain negative
     * number such as {@code -12.50} is left alone: it is data, and must stay summable.
     */
    static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@'
                || first == '\t' || first == '\r';
        if (risky && !plainNegativeNumber(text)) {
            return "'" + text;
        }
        return text;
    }

    /**
     * A plain decimal number ({@code -[0-9]+(\.[0-9]+)?}): spreadsheets read it as a number, so
     * it is not a formula. Checked by hand: it runs for every negative amount of an export.
     */
    private static boolean plainNegativeNumber(String text) {
        int length = text.length();
        int i = 1;
        int digits = 0;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (text.charAt(0) != '-' || digits == 0) {
            return false;
        }
        if (i == length) {
            return true;
        }
        if (text.charAt(i) != '.' || i + 1 == length) {
            return false;
        }
        for (i++; i < length; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Minor units as a decimal with the currency's own fraction digits: 1250 USD is 12.50,
     * 1250 JPY is 1250, -1250 BHD is -1.250.
     */
    static String amount(long minorUnits, String currencyCode) {
        return decimal(minorUnits, fractionDigits(currencyCode));
    }

    /**
     * {@code units} scaled down by {@code digits} decimal places, as plain text: what
     * {@code BigDecimal.valueOf(units, digits).toPlainString()} gives, without a BigDecimal per
     * amount (a million-row export formats three million of them).
     */
    static String decimal(long units, int digits) {
        if (digits == 0) {
            return Long.toString(units);
        }
        if (units == Long.MIN_VALUE || digits < 0 || digits > 18) {
            return java.math.BigDecimal.valueOf(units, digits).toPlainString();
        }
        String magnitude = Long.toString(Math.abs(units));
        StringBuilder text = new StringBuilder(magnitude.length() + digits + 3);
        if (units < 0) {
            text.append('-');
        }
        int whole = magnitude.length() - digits;
        if (whole <= 0) {
            text.append("0.");
            for (int i = whole; i < 0; i++) {
                text.append('0');
            }
            text.append(magnitude);
        } else {
            text.append(magnitude, 0, whole).append('.').append(magnitude, whole, magnitude.length());
        }
        return text.toString();
    }

    static int fractionDigits(String currencyCode) {
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown currency code '" + currencyCode + "'", e);
        }
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            // Pseudo-currencies such as XXX have no minor unit; refuse rather than guess.
            throw new IllegalArgumentException("currency " + currencyCode + " has no minor unit");
        }
        return digits;
    }

    /** Basis points as a percentage: 2000 is 20.00. */
    static String percent(int basisPoints) {
        return decimal(basisPoints, 2);
    }
}
