package com.actionpack.reports.csv;

import com.actionpack.reports.spi.PrintableText;
import com.actionpack.reports.spi.SpreadsheetCells;
import java.util.Currency;

/** Turns values into CSV cell text that a spreadsheet shows as data, never runs as a formula. */
final class CsvCells {

    private CsvCells() {
    }

    /**
     * The SDK's rules, in one place: control characters made visible (a {@code cat} of the file
     * cannot drive the terminal), then the spreadsheet formula rule (leading whitespace,
     * invisible and full-width characters included).
     */
    static String neutralise(String text) {
        return SpreadsheetCells.neutralise(PrintableText.of(text));
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
