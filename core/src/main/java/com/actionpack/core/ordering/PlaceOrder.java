package com.actionpack.core.ordering;

import java.util.Objects;

/**
 * The command behind "Accept agreement &amp; place order" (R7): the agreement checkbox and the
 * payment chosen in the payment dialog.
 *
 * @param agreementVersion the version of the agreement text the buyer was shown and accepted
 *     (R7a); the order is refused when it is no longer the current one
 */
public record PlaceOrder(boolean agreementAccepted, PaymentChoice payment, String agreementVersion) {

    /** Accepting the agreement shown today, {@link Agreement#CURRENT}. */
    public PlaceOrder(boolean agreementAccepted, PaymentChoice payment) {
        this(agreementAccepted, payment, Agreement.CURRENT.version());
    }

    public PlaceOrder {
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(agreementVersion, "agreementVersion");
    }
}
