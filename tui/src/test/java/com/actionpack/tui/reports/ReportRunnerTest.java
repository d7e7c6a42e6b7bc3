package com.actionpack.tui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.reports.spi.ProgressListener;
import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportRequest;
import com.actionpack.reports.spi.ReportType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRunnerTest {

    @TempDir
    Path dir;

    private final ReportRunner runner = new ReportRunner();
    private final PluginCatalog catalog = new PluginLoader(getClass().getClassLoader()).load(null);

    private InstalledReport csv(String id) {
        return catalog.find(id).orElseThrow();
    }

    private static ReportRequest all(String format) {
        return new ReportRequest(format, ReportData.Filter.ALL);
    }

    /** A test report type that writes a line per invoice and does something at a given row. */
    private static InstalledReport custom(String id, RowAction action) {
        ReportType type = new ReportType() {
            @Override public String id() { return id; }
            @Override public String title() { return id; }
            @Override public String description() { return id; }
            @Override public List<String> formats() { return List.of("txt"); }
            @Override public List<String> filters() { return List.of(); }
            @Override
            public void run(ReportRequest request, ReportData data, OutputStream out, ProgressListener progress)
                    throws IOException {
                long[] n = {0};
                data.invoices(request.filter(), row -> {
                    out.write((row.number() + "\n").getBytes(StandardCharsets.UTF_8));
                    action.at(++n[0], out);
                });
            }
        };
        return InstalledReport.of(type, "test-plugin", "test.jar");
    }

    private interface RowAction {
        void at(long row, OutputStream out) throws IOException;
    }

    private List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void writesTheCompleteReportAtTheTargetAndNothingElse() throws Exception {
        Path target = dir.resolve("invoices.csv");

        RunOutcome outcome = runner.run(csv("invoices"), all("csv"), new GeneratedData(5000), target,
                OutputStream.nullOutputStream(), ProgressListener.NONE);

        assertTrue(outcome.ok(), outcome.message());
        assertEquals(5000, outcome.rows());
        assertEquals("report invoices: 5000 rows written to " + target, outcome.message());
        assertEquals(List.of(target), filesIn(dir), "no temporary file is left beside the target");
        try (CSVParser parser = CSVParser.parse(target, StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> records = parser.getRecords();
            assertEquals(5000, records.size());
            assertEquals("INV-000001", records.get(0).get("number"));
            assertEquals("120.01", records.get(0).get("total_amount"), "10001 cents + 2000 tax in EUR");
        }
    }

    @Test
    void oneRowIsOneRowNotOneRows() throws Exception {
        Path target = dir.resolve("one.csv");

        RunOutcome outcome = runner.run(csv("invoices"), all("csv"), new GeneratedData(1), target,
                OutputStream.nullOutputStream(), ProgressListener.NONE);

        assertTrue(outcome.ok(), outcome.message());
        assertEquals("report invoices: 1 row written to " + target, outcome.message());
        assertEquals("0 rows written", ReportRunner.rowsWritten(0));
    }

    @Test
    void replacesAnExistingTargetOnlyWhenComplete() throws Exception {
        Path target = Files.writeString(dir.resolve("out.txt"), "yesterday's report");

        RunOutcome failed = runner.run(custom("midrun", (row, out) -> {
            if (row == 3) {
                throw new IllegalStateException("plugin bug");
            }
        }), all("txt"), new GeneratedData(10), target, OutputStream.nullOutputStream(), ProgressListener.NONE);
        assertFalse(failed.ok());
        assertEquals("yesterday's report", Files.readString(target));

        RunOutcome done = runner.run(custom("fine", (row, out) -> { }), all("txt"), new GeneratedData(2), target,
                OutputStream.nullOutputStream(), ProgressListener.NONE);
        assertTrue(done.ok(), done.message());
        assertEquals("INV-000001\nINV-000002\n", Files.readString(target));
    }

    @Test
    void aPluginThatThrowsMidRunLeavesNoFileAtTheTarget() throws Exception {
        Path target = dir.resolve("report.txt");

        RunOutcome outcome = runner.run(custom("midrun", (row, out) -> {
            if (row == 1000) {
                throw new IllegalStateException("plugin bug at row " + row);
            }
        }), all("txt"), new GeneratedData(5000), target, OutputStream.nullOutputStream(), ProgressListener.NONE);

        assertEquals(RunOutcome.Status.REPORT_FAILED, outcome.status());
        assertEquals("report midrun failed in plugin 'test-plugin' (test.jar): plugin bug at"
                + " row 1000; nothing was written", outcome.message());
        assertEquals(List.of(), filesIn(dir), "neither the target nor a temporary file remains");
    }

    @Test
    void aFullDiskLeavesNoFileAndSaysWhy() throws Exception {
        Path target = dir.resolve("report.txt");

        RunOutcome outcome = runner.run(custom("full", (row, out) -> {
            if (row == 2) {
                throw new IOException("No space left on device");
            }
        }), all("txt"), new GeneratedData(10), target, OutputStream.nullOutputStream(), ProgressListener.NONE);

        assertEquals(RunOutcome.Status.OUTPUT_FAILED, outcome.status());
        assertEquals("cannot write " + target + ": No space left on device", outcome.message());
        assertEquals(List.of(), filesIn(dir));
    }

    @Test
    void aDataErrorIsToldApartFromAPluginErrorEvenWhenThePluginWrapsIt() throws Exception {
        InstalledReport wrapping = InstalledReport.of(new ReportType() {
            @Override public String id() { return "wrapper"; }
            @Override public String title() { return "w"; }
            @Override public String description() { return "w"; }
            @Override public List<String> formats() { return List.of("txt"); }
            @Override public List<String> filters() { return List.of(); }
            @Override
            public void run(ReportRequest request, ReportData data, OutputStream out, ProgressListener progress) {
                try {
                    data.invoices(request.filter(), row -> out.write(1));
                } catch (Exception e) {
                    throw new RuntimeException("wrapped", e);
                }
            }
        }, "test-plugin", "test.jar");
        Path target = dir.resolve("report.txt");

        RunOutcome outcome = runner.run(wrapping, all("txt"), new GeneratedData(10, 4), target,
                OutputStream.nullOutputStream(), ProgressListener.NONE);

        assertEquals(RunOutcome.Status.DATA_FAILED, outcome.status());
        assertEquals(3, outcome.rows());
        assertEquals("report wrapper stopped: the data could not be read: database is locked",
                outcome.message());
        assertEquals(List.of(), filesIn(dir));
    }

    @Test
    void aFolderThatCannotHoldFilesGivesAOneLineError() throws Exception {
        // Tests may run as root, whom chmod does not stop: a "folder" that is a regular file fails for anyone.
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        Path target = notAFolder.resolve("report.csv");

        RunOutcome outcome = runner.run(csv("invoices"), all("csv"), new GeneratedData(10), target,
                OutputStream.nullOutputStream(), ProgressListener.NONE);

        assertEquals(RunOutcome.Status.OUTPUT_FAILED, outcome.status());
        assertEquals("cannot write " + target + ": folder " + notAFolder + " does not exist (or is not a folder)",
                outcome.message());
        assertFalse(outcome.message().contains("\n"));
    }

    @Test
    void aReadOnlyFolderGivesAOneLineError() throws Exception {
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        Assumptions.assumeTrue(readOnly.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path probe = readOnly.resolve("probe");
            boolean writable;
            try {
                Files.createFile(probe);
                Files.delete(probe);
                writable = true;
            } catch (IOException e) {
                writable = false;
            }
            Assumptions.assumeFalse(writable, "running as root: chmod does not stop writes");
            Path target = readOnly.resolve("report.csv");

            RunOutcome outcome = runner.run(csv("invoices"), all("csv"), new GeneratedData(10), target,
                    OutputStream.nullOutputStream(), ProgressListener.NONE);

            assertEquals(RunOutcome.Status.OUTPUT_FAILED, outcome.status());
            assertEquals("cannot write " + target + ": folder " + readOnly + " is not writable", outcome.message());
            assertEquals(List.of(), filesIn(readOnly));
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aMissingFolderOrAFolderTargetIsRefused() throws Exception {
        RunOutcome missing = runner.run(csv("invoices"), all("csv"), new GeneratedData(1), dir.resolve("no/such.csv"),
                OutputStream.nullOutputStream(), ProgressListener.NONE);
        assertEquals(RunOutcome.Status.OUTPUT_FAILED, missing.status());
        assertTrue(missing.message().contains("does not exist"), missing.message());

        RunOutcome folder = runner.run(csv("invoices"), all("csv"), new GeneratedData(1), dir,
                OutputStream.nullOutputStream(), ProgressListener.NONE);
        assertEquals(RunOutcome.Status.OUTPUT_FAILED, folder.status());
        assertEquals(dir + " is a folder: give a file name", folder.message());
    }

    @Test
    void standardOutputGetsTheBytesAndIsNotClosed() throws Exception {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        InstalledReport closer = custom("closer", (row, out) -> out.close());

        RunOutcome outcome = runner.run(closer, all("txt"), new GeneratedData(2), null, bytes, ProgressListener.NONE);

        assertTrue(outcome.ok(), outcome.message());
        assertEquals("INV-000001\nINV-000002\n", bytes.toString(StandardCharsets.UTF_8));
        assertFalse(closed[0], "a plugin closing its stream must not close the app's standard output");
    }

    @Test
    void progressCountsTheRowsRead() {
        List<Long> seen = new ArrayList<>();
        runner.run(csv("invoices"), all("csv"), new GeneratedData(2500), dir.resolve("x.csv"),
                OutputStream.nullOutputStream(), seen::add);
        assertTrue(seen.contains(1000L) && seen.contains(2000L), seen.toString());
        assertEquals(2500L, seen.get(seen.size() - 1), "the CSV plugin reports its total at the end");
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) > seen.get(i - 1), "progress never goes back or repeats: " + seen);
        }
    }

    @Test
    void filtersReachTheData() throws Exception {
        Path target = dir.resolve("acc.csv");
        ReportRequest request = new ReportRequest("csv", new ReportData.Filter("103", null, null, "PAID"));

        RunOutcome outcome = runner.run(csv("invoices"), request, new GeneratedData(100), target,
                OutputStream.nullOutputStream(), ProgressListener.NONE);

        assertTrue(outcome.ok());
        try (CSVParser parser = CSVParser.parse(new StringReader(Files.readString(target)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> records = parser.getRecords();
            assertFalse(records.isEmpty());
            assertTrue(records.stream().allMatch(r -> r.get("account_id").equals("103") && r.get("status").equals("PAID")));
            assertEquals(records.size(), outcome.rows());
        }
    }

    @Test
    void aDeviceIsNeverReplaced() {
        Path devNull = Path.of("/dev/null");
        Assumptions.assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));

        RunOutcome outcome = runner.run(csv("invoices"), all("csv"), new GeneratedData(1), devNull,
                OutputStream.nullOutputStream(), ProgressListener.NONE);

        assertEquals(RunOutcome.Status.OUTPUT_FAILED, outcome.status());
        assertEquals("cannot write /dev/null: it is not a regular file; use --out - for standard output",
                outcome.message());
        assertFalse(Files.isRegularFile(devNull));
    }

    @Test
    void throughASymbolicLinkTheLinkedFileIsReplaced() throws Exception {
        Path real = Files.writeString(Files.createDirectory(dir.resolve("real")).resolve("report.txt"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);

        RunOutcome outcome = runner.run(custom("fine", (row, out) -> { }), all("txt"), new GeneratedData(1), link,
                OutputStream.nullOutputStream(), ProgressListener.NONE);

        assertTrue(outcome.ok(), outcome.message());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("INV-000001\n", Files.readString(real));
    }

    @Test
    void aPluginStackOverflowIsOneLineAndLeavesNoFile() throws Exception {
        RunOutcome outcome = runner.run(custom("deep", (row, out) -> recurse(0)), all("txt"), new GeneratedData(3),
                dir.resolve("deep.txt"), OutputStream.nullOutputStream(), ProgressListener.NONE);

        assertEquals(RunOutcome.Status.REPORT_FAILED, outcome.status());
        assertEquals("report deep failed in plugin 'test-plugin' (test.jar): too deep a recursion (stack overflow); nothing was written",
                outcome.message());
        assertEquals(List.of(), filesIn(dir));
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
