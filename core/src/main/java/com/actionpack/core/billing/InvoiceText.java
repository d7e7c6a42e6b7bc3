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
        out.add(String.format("%-44s %8s %14s", "Item", "Quantity", "Unit price"));
        out.add(String.format("%-44s %8d %14s", inv.lineDescription(), inv.quantity(), inv.unitPrice().format()));
        out.add("");
        out.add(String.format("%-53s %14s", "Net", inv.net().format()));
        out.add(String.format("%-53s %14s", "Tax (" + java.math.BigDecimal.valueOf(inv.taxBasisPoints(), 2).toPlainString() + " %)",
                inv.tax().format()));
        out.add(String.format("%-53s %14s", "Total", inv.total().format()));
        out.add("");
        out.add("Currency:        " + inv.total().currency());
        out.add("Payment method:  " + inv.paymentMethod().label());
        out.add("Payment terms:   " + inv.paymentTerms());
        if (!inv.paymentInstructions().isEmpty()) {
            out.add("");
            out.add("Payment instructions:");
            inv.paymentInstructions().lines().forEach(line -> out.add("  " + line));
        }
        return out.toString();
    }
}
