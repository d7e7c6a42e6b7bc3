/**
 * "Why is Buy/Renew disabled?" (R6), and the helpers other use cases share: {@link
 * com.actionpack.core.usecase.eligibility.AccountStates} loads an account's state, {@link
 * com.actionpack.core.usecase.eligibility.LapseSweeper} records what time decided (R8, R12).
 *
 * <p>May use the model packages and {@code usecase}.
 */
package com.actionpack.core.usecase.eligibility;
