/**
 * The use case that reads the audit trail (R21).
 *
 * <p>May use the model packages and {@code usecase}.
 */
package com.actionpack.core.usecase.audit;
