package com.actionpack.core.usecase.billing;

import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.billing.DocumentKind;
import com.actionpack.core.billing.DocumentNumbers;
import com.actionpack.core.billing.Invoice;
import com.actionpack.core.billing.InvoiceRepository;
import com.actionpack.core.billing.Party;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.OrderKind;
import com.actionpack.core.ordering.PaymentMethod;
import java.time.LocalDate;

/** Issues the invoice of an order and the credit note of a refund (R9), numbered in sequence. */
public final class InvoiceIssuer {

    static final String LINE = "Microsoft Action Pack subscription (12 months)";

    private final InvoiceRepository invoices;
    private final DocumentNumbers numbers;

    public InvoiceIssuer(InvoiceRepository invoices, DocumentNumbers numbers) {
        this.invoices = invoices;
        this.numbers = numbers;
    }

    public Invoice issueFor(Order order, PartnerAccount account, LocalDate today, String paymentInstructions) {
        long sequence = numbers.next();
        Party party = Party.of(account.profile());
        String terms = order.paymentMethod() == PaymentMethod.CREDIT_CARD
                ? "Paid by credit card (" + order.cardBrand() + " ending " + order.cardLast4() + ") on " + today
                : "Wire transfer due by " + order.lastPaymentDay() + " (the last day); unpaid, the order expires on "
                        + order.wireExpiresOn();
        return invoices.insert(new Invoice(0, sequence, Invoice.numberFor(DocumentKind.INVOICE, sequence),
                DocumentKind.INVOICE, order.id(), order.number(), account.id(), account.partnerId(), today, party, party,
                LINE + (order.kind() == OrderKind.RENEWAL ? ", renewal" : ""), 1, order.net(), order.taxBasisPoints(),
                order.tax(), order.total(), order.paymentMethod(), terms, paymentInstructions, ""));
    }

    /** A credit note mirrors the invoice with negative amounts and names it (R9, R15). */
    public Invoice creditNoteFor(Invoice original, LocalDate today) {
        long sequence = numbers.next();
        return invoices.insert(new Invoice(0, sequence, Invoice.numberFor(DocumentKind.CREDIT_NOTE, sequence),
                DocumentKind.CREDIT_NOTE, original.orderId(), original.orderNumber(), original.accountId(),
                original.partnerId(), today, original.soldTo(), original.billTo(),
                "Refund: " + original.lineDescription(), 1, original.unitPrice().negate(), original.taxBasisPoints(),
                original.tax().negate(), original.total().negate(), original.paymentMethod(),
                "Refunded to the original payment method", "", original.number()));
    }
}
