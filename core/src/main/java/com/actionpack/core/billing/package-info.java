/**
 * The model of invoices and credit notes (R9): the documents, their numbering and text, and
 * their out-ports.
 *
 * <p>May use {@code common}, {@code account} and {@code ordering}.
 */
package com.actionpack.core.billing;
