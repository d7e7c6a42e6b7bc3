package com.actionpack.bench.export;

import static com.actionpack.persistence.jooq.Tables.INVOICES;

import com.actionpack.bench.BenchJvm;
import com.actionpack.persistence.db.Database;
import com.actionpack.persistence.db.DatabaseOptions;
import com.actionpack.persistence.demo.BulkGenerator;
import com.actionpack.persistence.ledger.LedgerKeyFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Exports every invoice as CSV two ways in the same run and prints time and peak memory of
 * each: the sqlite3 command-line shell ({@code sqlite3 -csv}, the baseline) and the
 * application's {@code invoices} report as a user runs it, {@code bin/actionpack report run}
 * (the launcher's JVM options included) with the heap capped at {@code -Xmx64m}
 * ({@code JDK_JAVA_OPTIONS}). {@code -Dactionpack.launcher=PATH} names another launcher.
 *
 * <p>Usage: {@code ExportBench [db-path] [invoices] [accounts] [rounds]}; the database is
 * generated first when it has fewer invoices. Needs {@code sqlite3} and GNU {@code /usr/bin/time}.
 * Each round runs both, one after the other, so that the machine's load (printed with
 * {@code uptime} before and after) weighs on both alike; the ratio is of the medians.
 */
public final class ExportBench {

    /** The same columns the plugin writes, amounts as decimals, status read from the order. */
    static final String BASELINE_SQL = "SELECT i.number, i.kind, i.credits_invoice_number, i.issued_on,"
            + " i.account_id, i.partner_id, i.sold_to_name, i.order_number, i.currency,"
            + " printf('%.2f', i.unit_price_minor * i.quantity / 100.0), i.tax_basis_points,"
            + " printf('%.2f', i.tax_minor / 100.0), printf('%.2f', i.total_minor / 100.0),"
            + " CASE WHEN i.kind = 'CREDIT_NOTE' THEN 'REFUNDED' WHEN o.status IN ('CANCELLED','EXPIRED') THEN 'VOID'"
            + " ELSE o.status END, i.payment_method"
            + " FROM invoices i JOIN orders o ON o.id = i.order_id ORDER BY i.sequence_no;";

    private ExportBench() {
    }

    /** Quiet: no jOOQ banner, no SLF4J provider warnings or Flyway INFO lines in the figures. */
    /** As {@link BenchJvm#QUIET}: kept here for the child JVMs this bench starts. */
    static final List<String> QUIET = BenchJvm.QUIET;

    public static void main(String[] args) throws Exception {
        BenchJvm.quiet();
        Path db = Path.of(args.length > 0 ? args[0] : "/tmp/actionpack-bench/export.db");
        long invoices = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        int accounts = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        prepare(db, invoices, accounts);
        Path dir = Files.createTempDirectory("export-bench");
        try {
            run(db, rounds, dir);
        } finally {
            // Two copies of the export (about 270 MB) per run, and the app's folders: never leave them behind.
            try (var files = Files.walk(dir)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static void run(Path db, int rounds, Path dir) throws IOException, InterruptedException {
        System.out.println("uptime before: " + uptime());
        List<Run> baseline = new ArrayList<>();
        List<Run> app = new ArrayList<>();
        Path launcher = Path.of(System.getProperty("actionpack.launcher", "bin/actionpack")).toAbsolutePath();
        List<String> command = List.of(launcher.toString(), "--db", db.toString(), "report", "run", "invoices",
                "--out", dir.resolve("app.csv").toString());
        // Its own data and cache folders (log, native library), as a user's first export would have.
        Path home = Files.createDirectories(dir.resolve("home"));
        // The ledger key that sealed the database (R23) is the bench's, beside it (see prepare).
        Map<String, String> environment = Map.of("JDK_JAVA_OPTIONS", "-Xmx64m",
                "XDG_DATA_HOME", home.resolve("data").toString(), "XDG_CACHE_HOME", home.resolve("cache").toString(),
                LedgerKeyFile.ENV_KEY, ledgerKey(db).toString());
        for (int round = 0; round < rounds; round++) {
            Run b = timed(List.of("sqlite3", "-csv", "-header", db.toString(), BASELINE_SQL), Map.of(),
                    dir.resolve("sqlite3.csv"));
            Run a = timed(command, environment, dir.resolve("app.out"));
            baseline.add(b);
            app.add(a);
            System.out.printf("round %d: sqlite3 %.2f s (CPU %.2f s), app %.2f s (CPU %.2f s; %s), ratio %.2fx wall,"
                    + " %.2fx CPU%n", round + 1, b.seconds, b.cpuSeconds, a.seconds, a.cpuSeconds,
                    Files.readString(dir.resolve("app.out")).strip(), a.seconds / b.seconds, a.cpuSeconds / b.cpuSeconds);
        }
        System.out.println("uptime after:  " + uptime());
        // From the runner's own count: a line count would be off by the cells holding line breaks.
        String out = Files.readString(dir.resolve("app.out"));
        long rows = Long.parseLong(out.replaceAll("(?s).*?(\\d+) rows written.*", "$1"));
        Run b = median(baseline);
        Run a = median(app);
        System.out.printf("invoices exported: %,d (app file %,d bytes, sqlite3 file %,d bytes)%n", rows,
                Files.size(dir.resolve("app.csv")), Files.size(dir.resolve("sqlite3.csv")));
        System.out.printf("%-34s %10s %14s%n", "median of " + rounds + " rounds", "seconds", "peak RSS MiB");
        System.out.printf("%-34s %10.2f %14.1f%n", "sqlite3 -csv (baseline)", b.seconds, b.peakKib / 1024.0);
        System.out.printf("%-34s %10.2f %14.1f%n", "actionpack invoices report -Xmx64m", a.seconds, a.peakKib / 1024.0);
        // On a loaded machine the medians of the two columns may come from different rounds;
        // the ratio within each round, and the ratio of the best times, are steadier.
        double[] ratios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            ratios[round] = app.get(round).seconds / baseline.get(round).seconds;
        }
        Arrays.sort(ratios);
        double bestApp = app.stream().mapToDouble(Run::seconds).min().orElseThrow();
        double bestBaseline = baseline.stream().mapToDouble(Run::seconds).min().orElseThrow();
        System.out.printf("ratio app / sqlite3: median of the rounds' ratios %.2fx, best times %.2fx (%.2f s / %.2f s),"
                        + " medians %.2fx%n", ratios[rounds / 2], bestApp / bestBaseline, bestApp, bestBaseline,
                a.seconds / b.seconds);
        System.out.printf("app peak RSS %.1f MiB with -Xmx64m (sqlite3 %.1f MiB)%n", a.peakKib / 1024.0,
                b.peakKib / 1024.0);
        double[] cpuRatios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            cpuRatios[round] = app.get(round).cpuSeconds / baseline.get(round).cpuSeconds;
        }
        Arrays.sort(cpuRatios);
        System.out.printf("CPU (user+sys) app / sqlite3: median of the rounds' ratios %.2fx (app %.2f s, sqlite3 %.2f s)%n",
                cpuRatios[rounds / 2], a.cpuSeconds, b.cpuSeconds);
        checkOutput(db, dir.resolve("app.csv"));
    }

    /**
     * The export must stay byte for byte what it was: its SHA-256 is kept beside the database
     * ({@code DB.invoices.sha256}, written by the first run, e.g. on the code before a change)
     * and every later run compares against it.
     */
    private static void checkOutput(Path db, Path csv) throws IOException {
        String sha;
        try (var in = Files.newInputStream(csv)) {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            sha = java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Path reference = db.resolveSibling(db.getFileName() + ".invoices.sha256");
        if (!Files.exists(reference)) {
            Files.writeString(reference, sha + "\n");
            System.out.println("output sha256 " + sha + ": recorded as the reference in " + reference);
            return;
        }
        String expected = Files.readString(reference).strip();
        System.out.println("output sha256 " + sha + (sha.equals(expected) ? ": SAME as the reference "
                : ": DIFFERS from the reference " + expected + " ") + "(" + reference + ")");
    }

    static String uptime() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("uptime").redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes()).strip();
        process.waitFor();
        return text;
    }

    /**
     * The ledger key kept beside the database ({@code DB.ledger.key}), as the reference SHA-256 is:
     * the export runs in new data folders, which hold no key, and a sealed database is refused
     * without the key that sealed it (R23). A database sealed before with another key needs that
     * key copied there.
     */
    public static Path ledgerKey(Path db) {
        return db.toAbsolutePath().resolveSibling(db.getFileName() + ".ledger.key");
    }

    private static void prepare(Path db, long invoices, int accounts) {
        Database database = Database.open(db, Clock.systemUTC(),
                DatabaseOptions.defaults().withLedgerKey(new LedgerKeyFile(ledgerKey(db))));
        long have = database.transactions().read(() -> (long) database.transactions().dsl().fetchCount(INVOICES));
        if (have < invoices) {
            System.out.printf("generating %,d invoices into %s ...%n", invoices - have, db);
            new BulkGenerator(database, line -> System.out.println("  " + line)).generate(accounts, invoices - have);
        }
    }

    record Run(double seconds, long peakKib, double cpuSeconds) {
    }

    /** {@link #timed(List, Map, Path)} with the environment this process was given. */
    static Run timed(List<String> command, Path stdout) throws IOException, InterruptedException {
        return timed(command, Map.of(), stdout);
    }

    /** Runs a command under GNU time; returns wall seconds and peak resident memory. */
    static Run timed(List<String> command, Map<String, String> environment, Path stdout)
            throws IOException, InterruptedException {
        Path report = Files.createTempFile("time", ".txt");
        List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M %U %S", "-o", report.toString()));
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(environment);
        builder.redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()));
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("failed (" + exit + "): " + String.join(" ", command));
        }
        String[] figures = Files.readString(report).strip().split("\\s+");
        Files.delete(report);
        int n = figures.length;
        return new Run(Double.parseDouble(figures[n - 4]), Long.parseLong(figures[n - 3]),
                Double.parseDouble(figures[n - 2]) + Double.parseDouble(figures[n - 1]));
    }

    static Run median(List<Run> runs) {
        double[] seconds = runs.stream().mapToDouble(Run::seconds).sorted().toArray();
        long[] peaks = runs.stream().mapToLong(Run::peakKib).sorted().toArray();
        double[] cpu = runs.stream().mapToDouble(Run::cpuSeconds).sorted().toArray();
        return new Run(seconds[seconds.length / 2], Arrays.stream(peaks).max().orElse(0), cpu[cpu.length / 2]);
    }
}
