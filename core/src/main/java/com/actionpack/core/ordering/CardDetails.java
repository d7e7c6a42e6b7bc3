package com.actionpack.core.ordering;

import java.util.Objects;

/**
 * A card as typed at checkout. It lives only for the checkout: the number and CVV never reach
 * a repository, a log or an exception text (R8), so {@link #toString()} masks them.
 */
public final class CardDetails {

    private final String number;
    private final String expiry;
    private final String cvv;

    /**
     * @param number digits, spaces and dashes allowed
     * @param expiry {@code MM/YY} or {@code MM/YYYY}
     */
    public CardDetails(String number, String expiry, String cvv) {
        this.number = Objects.requireNonNullElse(number, "");
        this.expiry = Objects.requireNonNullElse(expiry, "");
        this.cvv = Objects.requireNonNullElse(cvv, "");
    }

    String number() {
        return number;
    }

    String expiry() {
        return expiry;
    }

    String cvv() {
        return cvv;
    }

    @Override
    public String toString() {
        return "CardDetails[number=****, expiry=" + expiry + ", cvv=***]";
    }
}
