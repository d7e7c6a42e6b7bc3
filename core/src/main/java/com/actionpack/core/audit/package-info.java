/**
 * The model of the audit trail (R21): entries, the filter, and the {@link
 * com.actionpack.core.audit.AuditLog} out-port.
 *
 * <p>May use {@code common}.
 */
package com.actionpack.core.audit;
