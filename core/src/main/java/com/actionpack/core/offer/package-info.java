/**
 * The model of the country offers (R10): price, tax and whether a card is offered, and the
 * out-port.
 *
 * <p>May use {@code common}.
 */
package com.actionpack.core.offer;
