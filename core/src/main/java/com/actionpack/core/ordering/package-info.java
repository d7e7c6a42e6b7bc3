/**
 * The model of orders and payment (R5, R7, R8): the order and its parts, the order command, card
 * checks ({@link com.actionpack.core.ordering.CardCheck}), wire instructions and proof, and the
 * out-port.
 *
 * <p>May use {@code common}.
 */
package com.actionpack.core.ordering;
