/**
 * The model of cancellation requests (R15): the support ticket, its states and out-port, and what
 * a cancellation did. The rule itself is {@link
 * com.actionpack.core.eligibility.CancellationRules}.
 *
 * <p>May use {@code common}.
 */
package com.actionpack.core.cancellation;
