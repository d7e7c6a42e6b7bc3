package com.actionpack.core.eligibility;

/** What the offer card's button would do if enabled (R6). */
public enum OfferMode {
    BUY_NOW("Buy now"),
    RENEW("Renew");

    private final String label;

    OfferMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
