package com.actionpack.core.billing;

import com.actionpack.core.common.Money;
import com.actionpack.core.ordering.PaymentMethod;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An issued invoice or credit note (R9). Immutable once stored: never updated, never deleted.
 * Amounts of a credit note are negative.
 *
 * @param sequence the strictly increasing document number, shared by invoices and credit notes
 * @param creditsInvoiceNumber for a credit note, the number of the invoice it refunds; else ""
 */
public record Invoice(
        long id,
        long sequence,
        String number,
        DocumentKind kind,
        long orderId,
        String orderNumber,
        long accountId,
        String partnerId,
        LocalDate issuedOn,
        Party soldTo,
        Party billTo,
        String lineDescription,
        int quantity,
        Money unitPrice,
        int taxBasisPoints,
        Money tax,
        Money total,
        PaymentMethod paymentMethod,
        String paymentTerms,
        String paymentInstructions,
        String creditsInvoiceNumber) {

    public Invoice {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(soldTo, "soldTo");
        Objects.requireNonNull(billTo, "billTo");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(total, "total");
        paymentInstructions = paymentInstructions == null ? "" : paymentInstructions;
        creditsInvoiceNumber = creditsInvoiceNumber == null ? "" : creditsInvoiceNumber;
    }

    /** {@code INV-00000042} or {@code CN-00000043}. */
    public static String numberFor(DocumentKind kind, long sequence) {
        return (kind == DocumentKind.INVOICE ? "INV-" : "CN-") + String.format("%08d", sequence);
    }

    public Money net() {
        return unitPrice.times(quantity);
    }

    public Invoice withId(long newId) {
        return new Invoice(newId, sequence, number, kind, orderId, orderNumber, accountId, partnerId, issuedOn,
                soldTo, billTo, lineDescription, quantity, unitPrice, taxBasisPoints, tax, total, paymentMethod,
                paymentTerms, paymentInstructions, creditsInvoiceNumber);
    }
}
