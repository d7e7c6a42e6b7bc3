package com.actionpack.core.billing;

/** An invoice with the status read from its order (R9). */
public record InvoiceView(Invoice invoice, InvoiceStatus status) {
}
