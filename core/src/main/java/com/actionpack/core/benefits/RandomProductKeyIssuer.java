package com.actionpack.core.benefits;

import java.util.random.RandomGenerator;

/**
 * Stands in for Microsoft's key service: five groups of five characters from the alphabet
 * product keys use (no vowels or look-alikes).
 */
public final class RandomProductKeyIssuer implements ProductKeyIssuer {

    private static final String ALPHABET = "BCDFGHJKMPQRTVWXY2346789";

    private final RandomGenerator random;

    public RandomProductKeyIssuer(RandomGenerator random) {
        this.random = random;
    }

    @Override
    public String issue(CatalogBenefit benefit) {
        StringBuilder key = new StringBuilder(29);
        for (int group = 0; group < 5; group++) {
            if (group > 0) {
                key.append('-');
            }
            for (int i = 0; i < 5; i++) {
                key.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return key.toString();
    }
}
