package com.actionpack.core.common;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in the ISO 4217 minor unit of one currency (R9, R10a): cents for USD and EUR, whole
 * yen for JPY, fils (1/1000) for KWD, as {@link Currency#getDefaultFractionDigits()} says. Never
 * floating point. Amounts are typed and shown with the currency's own number of decimals.
 */
public record Money(long minor, String currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        Currency.getInstance(currency); // rejects unknown ISO 4217 codes
    }

    public static Money of(long minor, String currency) {
        return new Money(minor, currency);
    }

    /**
     * R10a: the amount typed as a decimal for {@code currency}, with at most the currency's own
     * number of decimals ("71000" for JPY, "475.00" for USD, "150.250" for KWD).
     *
     * @throws InvalidInputException with one line saying what to type, for an unknown currency,
     *     text that is no number, or more decimals than the currency has
     */
    public static Money parse(String text, String currency) {
        String code = currency == null ? "" : currency.strip();
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("currency", "\"" + code + "\" is not an ISO 4217 code", "type e.g. USD, EUR or JPY");
        }
        int digits = zero(code).fractionDigits();
        String example = "type e.g. " + example(digits) + " (" + code + " amounts are " + decimalsText(digits) + ")";
        BigDecimal value;
        try {
            value = new BigDecimal(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("amount", "\"" + (text == null ? "" : text.strip()) + "\" is not a number",
                    example);
        }
        if (value.stripTrailingZeros().scale() > digits) {
            throw InvalidInputException.of("amount", value.toPlainString() + " has too many decimals for " + code, example);
        }
        try {
            return new Money(value.setScale(digits).movePointRight(digits).longValueExact(), code);
        } catch (ArithmeticException e) {
            throw InvalidInputException.of("amount", value.toPlainString() + " is too large", example);
        }
    }

    private static String decimalsText(int digits) {
        return switch (digits) {
            case 0 -> "whole numbers, without decimals";
            case 1 -> "written with at most 1 decimal";
            default -> "written with at most " + digits + " decimals";
        };
    }

    private static String example(int digits) {
        return BigDecimal.valueOf(475).setScale(digits).toPlainString();
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    public Money times(long quantity) {
        return new Money(Math.multiplyExact(minor, quantity), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(minor), currency);
    }

    /** Rate in basis points (1/100 of a percent), rounded half up to the minor unit. */
    public Money percentBasisPoints(int basisPoints) {
        BigDecimal tax = BigDecimal.valueOf(minor).multiply(BigDecimal.valueOf(basisPoints))
                .divide(BigDecimal.valueOf(10_000), 0, java.math.RoundingMode.HALF_UP);
        return new Money(tax.longValueExact(), currency);
    }

    public int fractionDigits() {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    /** The amount as a plain decimal, e.g. {@code 1234.50}. */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minor, fractionDigits());
    }

    /** e.g. {@code USD 475.00}. */
    public String format() {
        return currency + " " + toDecimal().toPlainString();
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
        }
    }

    @Override
    public String toString() {
        return format();
    }
}
