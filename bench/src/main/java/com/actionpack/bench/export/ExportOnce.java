package com.actionpack.bench.export;

import com.actionpack.persistence.db.Database;
import com.actionpack.reports.spi.ProgressListener;
import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportRequest;
import com.actionpack.tui.reports.InstalledReport;
import com.actionpack.tui.reports.PluginCatalog;
import com.actionpack.tui.reports.PluginLoader;
import com.actionpack.tui.reports.ReportRunner;
import com.actionpack.tui.reports.RunOutcome;
import java.nio.file.Path;
import java.time.Clock;

/**
 * One export of the {@code invoices} report through the real path (plugin discovery, the
 * runner's temp-file-and-rename, the jOOQ ReportData), run in a child JVM by
 * {@link ExportBench} so that its memory is measured alone. Usage: {@code ExportOnce DB OUT}, DB a
 * SQLite file or a PostgreSQL URL as {@code --db} takes it (#16, {@link BackendsBench}).
 */
public final class ExportOnce {

    private ExportOnce() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        Database database = Database.open(com.actionpack.persistence.db.DatabaseLocation.ofSystem()
                .target(java.util.Optional.of(args[0])), Clock.systemUTC());
        try (PluginCatalog plugins = new PluginLoader(ExportOnce.class.getClassLoader()).load(Path.of("/nonexistent"))) {
            InstalledReport invoices = plugins.find("invoices").orElseThrow();
            long ready = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            RunOutcome outcome = new ReportRunner().run(invoices, new ReportRequest("csv", ReportData.Filter.ALL),
                    database.reports(), out, System.out, ProgressListener.NONE);
            if (!outcome.ok()) {
                System.err.println(outcome.message());
                System.exit(1);
            }
            long done = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            System.out.println("rows=" + outcome.rows() + " startup_ms=" + ready + " export_ms=" + (done - ready));
        }
    }
}
