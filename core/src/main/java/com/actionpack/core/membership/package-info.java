/**
 * The model of membership terms (R11, R12): the term, its dates and the renewal, benefit and
 * cancellation windows ({@link com.actionpack.core.membership.MembershipTerm}), and the out-port.
 *
 * <p>May use {@code common} and {@code benefits}.
 */
package com.actionpack.core.membership;
