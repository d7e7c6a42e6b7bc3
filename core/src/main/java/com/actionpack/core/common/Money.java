package com.actionpack.core.common;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** An amount in minor units (cents) of one currency. Never floating point (R9). */
public record Money(long minor, String currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        Currency.getInstance(currency); // rejects unknown ISO 4217 codes
    }

    public static Money of(long minor, String currency) {
        return new Money(minor, currency);
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
