package com.actionpack.core.ordering;

import java.util.Objects;

/**
 * The command behind "Accept agreement &amp; place order" (R7): the agreement checkbox and the
 * payment chosen in the payment dialog.
 */
public record PlaceOrder(boolean agreementAccepted, PaymentChoice payment) {

    public PlaceOrder {
        Objects.requireNonNull(payment, "payment");
    }
}
