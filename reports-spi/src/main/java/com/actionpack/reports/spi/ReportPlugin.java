package com.actionpack.reports.spi;

import java.util.List;

/**
 * The entry point of a report plugin, found with {@link java.util.ServiceLoader}: list the
 * implementing class in {@code META-INF/services/com.actionpack.reports.spi.ReportPlugin}.
 *
 * <p>A plugin author reads five types: this one, {@link ReportType}, {@link ReportRequest},
 * {@link ReportData} (with the rows it streams) and {@link ProgressListener}.
 *
 * <p>The implementing class needs a public no-argument constructor. Keep it cheap: the app
 * instantiates every plugin to list its report types, also when none of them is run.
 */
public interface ReportPlugin {

    /**
     * The SPI version this jar was compiled against, as {@code MAJOR.MINOR}.
     *
     * <p>Return this constant from {@link #spiVersion()}: javac copies a constant's value into
     * the plugin's own class file, so the app learns the version the plugin was built for, not
     * its own. The app loads a plugin whose major version equals its own and whose minor version
     * is not newer; any other plugin is refused with a message naming it.
     */
    String SPI_VERSION = "1.1";

    /** A short name shown beside each report type and in error messages, e.g. {@code "csv"}. */
    String name();

    /** Always implement as {@code return SPI_VERSION;} (see {@link #SPI_VERSION}). */
    String spiVersion();

    /** The report types this plugin offers; ids must be unique across all installed plugins. */
    List<ReportType> reportTypes();
}
