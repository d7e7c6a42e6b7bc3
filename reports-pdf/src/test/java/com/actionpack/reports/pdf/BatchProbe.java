package com.actionpack.reports.pdf;

import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportRequest;
import com.actionpack.reports.testkit.FakeReportData;
import com.actionpack.reports.testkit.TestContext;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Child-JVM main for the bounded-memory batch: {@code BatchProbe COUNT FILE}, run with a small -Xmx. */
public final class BatchProbe {

    private BatchProbe() {
    }

    public static void main(String[] args) throws Exception {
        long count = Long.parseLong(args[0]);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])))) {
            new InvoicePdfReport().run(new ReportRequest("pdf", ReportData.Filter.ALL), FakeReportData.many(count), out,
                    rows -> { }, new TestContext());
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.println("heap used MiB " + (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
    }
}
