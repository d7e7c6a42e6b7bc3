/**
 * The pure rules over an account's state: may it buy or renew ({@link
 * com.actionpack.core.eligibility.EligibilityRules}, R5-R7, R11, R12), may it order now ({@link
 * com.actionpack.core.eligibility.OrderCheck}), may it cancel ({@link
 * com.actionpack.core.eligibility.CancellationRules}, R15), and the {@link
 * com.actionpack.core.eligibility.AccountState} they read. No repository and no clock: the day is
 * a parameter.
 *
 * <p>May use the model packages {@code common}, {@code account}, {@code ordering}, {@code
 * membership}, {@code benefits} and {@code cancellation}.
 */
package com.actionpack.core.eligibility;
