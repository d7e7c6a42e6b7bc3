package com.actionpack.core.ordering;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Card brands accepted at checkout, recognised by their number prefix and length (R8). */
public enum CardBrand {
    VISA("Visa", List.of(13, 16, 19), n -> n.startsWith("4")),
    MASTERCARD("Mastercard", List.of(16), n -> between(n, 2, 51, 55) || between(n, 4, 2221, 2720)),
    AMEX("American Express", List.of(15), n -> n.startsWith("34") || n.startsWith("37")),
    DISCOVER("Discover", List.of(16, 19), n -> n.startsWith("6011") || n.startsWith("65") || between(n, 3, 644, 649)),
    JCB("JCB", List.of(16, 17, 18, 19), n -> between(n, 4, 3528, 3589));

    private final String label;
    private final List<Integer> lengths;
    private final Predicate<String> prefix;

    CardBrand(String label, List<Integer> lengths, Predicate<String> prefix) {
        this.label = label;
        this.lengths = lengths;
        this.prefix = prefix;
    }

    public String label() {
        return label;
    }

    public boolean acceptsLength(int length) {
        return lengths.contains(length);
    }

    public int cvvLength() {
        return this == AMEX ? 4 : 3;
    }

    public static Optional<CardBrand> of(String digits) {
        for (CardBrand brand : values()) {
            if (brand.prefix.test(digits)) {
                return Optional.of(brand);
            }
        }
        return Optional.empty();
    }

    private static boolean between(String digits, int prefixLength, int low, int high) {
        if (digits.length() < prefixLength) {
            return false;
        }
        int prefix = Integer.parseInt(digits.substring(0, prefixLength));
        return prefix >= low && prefix <= high;
    }
}
