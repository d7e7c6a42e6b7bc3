/**
 * What every package shares: money, refusals with their reasons and remedies ({@link
 * com.actionpack.core.common.ActionRefusedException}, {@link com.actionpack.core.common.Reason}),
 * self-validation ({@link com.actionpack.core.common.Require}), the acting user's identity, paging
 * and the transaction out-port.
 *
 * <p>May use the JDK only.
 */
package com.actionpack.core.common;
