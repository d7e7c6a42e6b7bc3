package com.actionpack.core.billing;

import com.actionpack.core.ordering.OrderStatus;

/**
 * R9. An invoice is never edited: its status is read from its order, so paying or refunding
 * an order changes what the invoice shows without rewriting the issued document.
 */
public enum InvoiceStatus {
    PAID,
    AWAITING_PAYMENT,
    REFUNDED,
    /** The unpaid wire order was cancelled or expired: nothing is owed. */
    VOID;

    public static InvoiceStatus of(DocumentKind kind, OrderStatus order) {
        if (kind == DocumentKind.CREDIT_NOTE) {
            return REFUNDED;
        }
        return switch (order) {
            case AWAITING_PAYMENT -> AWAITING_PAYMENT;
            case PAID -> PAID;
            case REFUNDED -> REFUNDED;
            case CANCELLED, EXPIRED -> VOID;
        };
    }
}
