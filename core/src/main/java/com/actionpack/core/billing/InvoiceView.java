package com.actionpack.core.billing;

import com.actionpack.core.ordering.Agreement;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An invoice with the status read from its order (R9). Stores read the status from the
 * order's recorded state; {@code lifecycle.Lifecycle#invoice(InvoiceView, LocalDate)} gives it
 * as of the day shown (R8a, R9a).
 *
 * @param orderPlacedOn the day the invoice's order was placed, from which an unpaid wire
 *     order's expiry follows
 * @param agreement the agreement the order was placed under (R7a); null only for an order a
 *     store holds none for
 */
public record InvoiceView(Invoice invoice, InvoiceStatus status, LocalDate orderPlacedOn,
        Agreement.AcceptedAgreement agreement) {

    public InvoiceView {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(orderPlacedOn, "orderPlacedOn");
    }
}
