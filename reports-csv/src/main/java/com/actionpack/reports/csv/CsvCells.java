package com.actionpack.reports.csv;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;

/** Turns values into CSV cell text that a spreadsheet shows as data, never runs as a formula. */
final class CsvCells {

    /** A plain decimal number: spreadsheets read it as a number, so it is not a formula. */
    private static final Pattern PLAIN_NEGATIVE_NUMBER = Pattern.compile("-[0-9]+(\\.[0-9]+)?");

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
        if (risky && !PLAIN_NEGATIVE_NUMBER.matcher(text).matches()) {
            return "'" + text;
        }
        return text;
    }

    /**
     * Minor units as a decimal with the currency's own fraction digits: 1250 USD is 12.50,
     * 1250 JPY is 1250, -1250 BHD is -1.250.
     */
    static String amount(long minorUnits, String currencyCode) {
        return BigDecimal.valueOf(minorUnits, fractionDigits(currencyCode)).toPlainString();
    }

    private static int fractionDigits(String currencyCode) {
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
        return BigDecimal.valueOf(basisPoints, 2).toPlainString();
    }
}
