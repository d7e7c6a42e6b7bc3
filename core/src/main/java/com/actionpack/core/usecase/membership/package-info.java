/**
 * {@link com.actionpack.core.usecase.membership.TermStarter}: starts the membership term a paid
 * order buys (R11), shared by card checkout and wire payment.
 *
 * <p>May use the model packages.
 */
package com.actionpack.core.usecase.membership;
