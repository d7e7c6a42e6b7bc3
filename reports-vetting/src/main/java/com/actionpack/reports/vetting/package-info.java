/**
 * Vetting of report plugin jars before the app loads them:
 * {@link com.actionpack.reports.vetting.ProcessEndingCalls} reads their bytecode (with ASM) for
 * calls that would end the process, so that no plugin can end {@code actionpack serve} and every
 * SSH session in it. Used by the app's plugin loader and by the test kit's checks.
 *
 * @since 1.1
 */
package com.actionpack.reports.vetting;
