/**
 * A test kit for report plugins, as JUnit's platform test kit is for engines: build fake data
 * from rows in a few lines ({@link com.actionpack.reports.testkit.FakeReportData},
 * {@link com.actionpack.reports.testkit.Rows}), run a report type to bytes with a chosen
 * request, context and cancellation ({@link com.actionpack.reports.testkit.ReportRun}), and
 * call ready checks ({@link com.actionpack.reports.testkit.ReportChecks}), among them the
 * app's own load-time check that no class calls what would end the process. It needs the SPI
 * and, for that check, ASM (through {@code actionpack-reports-vetting}); the checks throw
 * {@link java.lang.AssertionError}, which every test framework reports as a failure.
 *
 * @since 1.1
 */
package com.actionpack.reports.testkit;
