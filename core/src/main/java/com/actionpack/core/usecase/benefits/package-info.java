/**
 * The use cases of benefits (R13, R16-R19): the overview, the one-time pack choice, redemption and
 * provisioning.
 *
 * <p>May use the model packages, {@code usecase} and {@code usecase.eligibility}.
 */
package com.actionpack.core.usecase.benefits;
