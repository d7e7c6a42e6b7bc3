/**
 * The use cases of cancellation (R15): may I cancel, request it, and support's refund.
 *
 * <p>May use the model packages, {@code usecase}, {@code usecase.billing} and {@code
 * usecase.eligibility}.
 */
package com.actionpack.core.usecase.cancellation;
