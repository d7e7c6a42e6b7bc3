/**
 * The checkout (R5-R9): the quote, "may I order, and why not", placing an order, and wire payments
 * (proof, funds received, expiry).
 *
 * <p>May use the model packages, {@code usecase}, {@code usecase.billing}, {@code
 * usecase.eligibility} and {@code usecase.membership}.
 */
package com.actionpack.core.usecase.ordering;
