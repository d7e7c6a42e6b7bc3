package com.actionpack.core.ordering;

/** R8. */
public enum PaymentMethod {
    CREDIT_CARD("Credit card"),
    WIRE_TRANSFER("Wire transfer");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
