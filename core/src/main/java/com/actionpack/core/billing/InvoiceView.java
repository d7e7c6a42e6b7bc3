package com.actionpack.core.billing;

import com.actionpack.core.ordering.Agreement;
import com.actionpack.core.ordering.PaymentMethod;
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
 * @param orderPaidOn the day the order's payment was recorded (wire: the funds received), or
 *     null while it is unpaid
 */
public record InvoiceView(Invoice invoice, InvoiceStatus status, LocalDate orderPlacedOn,
        Agreement.AcceptedAgreement agreement, LocalDate orderPaidOn) {

    public InvoiceView {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(orderPlacedOn, "orderPlacedOn");
    }

    /** A view of an order whose payment is not known to be recorded. */
    public InvoiceView(Invoice invoice, InvoiceStatus status, LocalDate orderPlacedOn,
            Agreement.AcceptedAgreement agreement) {
        this(invoice, status, orderPlacedOn, agreement, null);
    }

    /**
     * The payment terms as the order stands (R9): once a wire transfer's funds are received, the
     * day they were, instead of the terms the invoice was issued with ("due by ..., expires
     * unpaid on ..."), which only held while it was unpaid. The stored invoice never changes.
     */
    public String paymentTermsNow() {
        return paymentTerms(invoice.kind(), invoice.paymentMethod(), invoice.paymentTerms(), orderPaidOn);
    }

    /**
     * The payment instructions as the invoice stands (R8, R9): the bank details, reference and
     * last day to pay stored at issue only while the invoice awaits payment; a paid, void or
     * refunded invoice asks for nothing, so none (""). Text file, PDF and screen all ask here.
     */
    public String paymentInstructionsNow() {
        return paymentInstructions(status, invoice.paymentInstructions());
    }

    /**
     * {@link #paymentInstructionsNow()} for a document read some other way (the reports' rows).
     *
     * @param status the invoice's status as of the day shown
     * @param issuedInstructions the instructions stored with the document when it was issued;
     *     null reads as ""
     * @return the instructions while {@code status} is AWAITING_PAYMENT, else ""; never null
     */
    public static String paymentInstructions(InvoiceStatus status, String issuedInstructions) {
        return status == InvoiceStatus.AWAITING_PAYMENT && issuedInstructions != null ? issuedInstructions : "";
    }

    /**
     * {@link #paymentTermsNow()} for a document read some other way (the reports' rows).
     *
     * @param issuedTerms the terms stored with the document when it was issued
     * @param orderPaidOn the day the order's payment was recorded, or null
     */
    public static String paymentTerms(DocumentKind kind, PaymentMethod method, String issuedTerms,
            LocalDate orderPaidOn) {
        if (kind == DocumentKind.INVOICE && method == PaymentMethod.WIRE_TRANSFER && orderPaidOn != null) {
            return "Wire transfer received on " + orderPaidOn + " (paid)";
        }
        return issuedTerms;
    }
}
