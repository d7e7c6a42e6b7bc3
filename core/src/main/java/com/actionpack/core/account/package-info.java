/**
 * The model of the partner account (R1-R4): the account and its legal profile, users and roles,
 * the permission rules ({@link com.actionpack.core.account.AccessPolicy}), and the out-ports for
 * accounts and users.
 *
 * <p>May use {@code common}.
 */
package com.actionpack.core.account;
