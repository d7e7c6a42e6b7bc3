/**
 * The use cases of invoices and credit notes (R9), and {@link
 * com.actionpack.core.usecase.billing.InvoiceIssuer}, which the checkout and the refund share.
 *
 * <p>May use the model packages and {@code usecase}.
 */
package com.actionpack.core.usecase.billing;
