package com.actionpack.core.billing;

/** An invoice, or the credit note that refunds one (R9). */
public enum DocumentKind {
    INVOICE,
    CREDIT_NOTE
}
