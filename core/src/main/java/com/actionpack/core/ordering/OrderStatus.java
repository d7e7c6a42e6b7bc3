package com.actionpack.core.ordering;

/** The life of an order (R8, R15). Only AWAITING_PAYMENT and PAID orders are live (R5). */
public enum OrderStatus {
    AWAITING_PAYMENT,
    PAID,
    /** An unpaid wire order the admin cancelled. */
    CANCELLED,
    /** An unpaid wire order past its 30 days. */
    EXPIRED,
    /** A paid order cancelled within 30 days: a credit note was issued. */
    REFUNDED;

    public boolean isLive() {
        return this == AWAITING_PAYMENT || this == PAID;
    }
}
