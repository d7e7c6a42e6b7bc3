package com.actionpack.core.billing;

import java.util.StringJoiner;

/** Renders an invoice or credit note as the plain-text document an admin downloads (R9). */
public final class InvoiceText {

    public String render(InvoiceView view) {
        Invoice inv = view.invoice();
        StringJoiner out = new StringJoiner("\n", "", "\n");
        boolean credit = inv.kind() == DocumentKind.CREDIT_NOTE;
        out.add(credit ? "CREDIT NOTE " + inv.number() : "INVOICE " + inv.number());
        out.add("Microsoft Action Pack subscription");
        out.add("");
        out.add("Status:          " + view.status());
        out.add("Issue date:      " + inv.issuedOn());
        out.add("Order number:    " + inv.orderNumber());
        out.add("PartnerID:       " + inv.partnerId());
        if (credit) {
            out.add("Refunds invoice: " + inv.creditsInvoiceNumber());
        }
        out.add("");
        out.add("Sold to:         " + inv.soldTo().legalName());
        out.add("                 " + inv.soldTo().address().oneLine());
        out.add("Bill to:         " + inv.billTo().legalName());
        out.add("                 " + inv.billTo().address().oneLine());
        out.add("");
        // One field a line: item descriptions are longer than any fixed column would fit.
        out.add("Item:            " + inv.lineDescription());
        out.add("Quantity:        " + inv.quantity());
        out.add(amount("Unit price:", inv.unitPrice()));
        out.add("");
        out.add(amount("Net:", inv.net()));
        out.add(amount("Tax (" + java.math.BigDecimal.valueOf(inv.taxBasisPoints(), 2).toPlainString() + " %):", inv.tax()));
        out.add(amount("Total:", inv.total()));
        out.add("");
        out.add("Currency:        " + inv.total().currency());
        out.add("Payment method:  " + inv.paymentMethod().label());
        out.add("Payment terms:   " + view.paymentTermsNow());
        if (view.agreement() != null) {
            // R7a: which agreement text the order was placed under, identified by its hash.
            out.add("Agreement:       version " + view.agreement().version() + ", accepted "
                    + view.agreement().acceptedAt().toString().substring(0, 10));
            out.add("Agreement text SHA-256:");
            out.add("  " + view.agreement().sha256());
        }
        String instructions = view.paymentInstructionsNow();
        if (!instructions.isEmpty()) {
            out.add("");
            out.add("Payment instructions:");
            instructions.lines().forEach(line -> out.add("  " + line));
        }
        return out.toString();
    }

    /** A label and an amount right-aligned in one column. */
    private static String amount(String label, com.actionpack.core.common.Money money) {
        return String.format("%-17s%14s", label, money.format());
    }
}
