/**
 * The use-case layer (in-ports), one package per feature below this one, and the two helpers every
 * use case takes: {@link com.actionpack.core.usecase.ActingUsers} (who acts, inside the
 * transaction) and {@link com.actionpack.core.usecase.Auditor} (the audit entries, stamped by the
 * one clock).
 *
 * <p>Use cases may use the model packages and the helpers here, never core's root package; a use
 * case never calls another (the helpers that hold repositories are shared instead). Packages here
 * form no cycle.
 */
package com.actionpack.core.usecase;
