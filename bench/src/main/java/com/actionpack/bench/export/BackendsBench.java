package com.actionpack.bench.export;

import static com.actionpack.persistence.jooq.Tables.INVOICES;
import static com.actionpack.persistence.jooq.Tables.ORDERS;

import com.actionpack.bench.BenchJvm;
import com.actionpack.core.Ports;
import com.actionpack.core.common.PageRequest;
import com.actionpack.persistence.db.Database;
import com.actionpack.persistence.db.DatabaseLocation;
import com.actionpack.persistence.db.DatabaseTarget;
import com.actionpack.persistence.db.SqliteTransactions;
import com.actionpack.persistence.demo.BulkGenerator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The same invoices on both backends (#16), measured in one run: the export of every invoice
 * (the {@code invoices} report in a child JVM capped at {@code -Xmx64m}, as {@link ExportBench})
 * on SQLite beside {@code sqlite3 -csv}, and on PostgreSQL beside {@code psql -c "\copy (...) to
 * ..."} of the same rows; and the page of 50 at row 1,000,000 (the last page, by keyset, through
 * the app's {@code InvoiceRepository}) on both, with {@code OFFSET} as the baseline.
 *
 * <p>Usage: {@code BackendsBench [work-dir] [invoices] [accounts] [rounds]}. The SQLite file is
 * {@code WORK/actionpack.db}; PostgreSQL is the database named by {@code ACTIONPACK_BENCH_PG_URL}
 * (a {@code postgresql://} URL, password from ~/.pgpass or PGPASSWORD) or else an embedded
 * PostgreSQL 14 server whose data folder is {@code WORK/pgdata}, kept between runs. Either
 * database is filled with {@link BulkGenerator} when it has fewer invoices (the same generator
 * gives the same rows on both, so the two exports must be byte for byte the same: checked).
 * Needs {@code sqlite3}, {@code psql} and GNU {@code /usr/bin/time}; prints {@code uptime} before
 * and after.
 */
public final class BackendsBench {

    /** The plugin's columns, amounts as decimals, status read from the order: ExportBench's query in PostgreSQL. */
    static final String PSQL_SQL = "SELECT i.number, i.kind, i.credits_invoice_number, i.issued_on,"
            + " i.account_id, i.partner_id, i.sold_to_name, i.order_number, i.currency,"
            + " round(i.unit_price_minor * i.quantity / 100.0, 2), i.tax_basis_points,"
            + " round(i.tax_minor / 100.0, 2), round(i.total_minor / 100.0, 2),"
            + " CASE WHEN i.kind = 'CREDIT_NOTE' THEN 'REFUNDED' WHEN o.status IN ('CANCELLED','EXPIRED') THEN 'VOID'"
            + " ELSE o.status END, i.payment_method"
            + " FROM invoices i JOIN orders o ON o.id = i.order_id ORDER BY i.sequence_no";

    private static final int PAGE = 50;

    private BackendsBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchJvm.quiet();
        Path work = Path.of(args.length > 0 ? args[0] : "/tmp/actionpack-bench/backends");
        long invoices = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        int accounts = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Files.createDirectories(work);
        Path sqliteFile = work.resolve("actionpack.db");
        EmbeddedPostgres server = null;
        String pgUrl = Optional.ofNullable(System.getenv("ACTIONPACK_BENCH_PG_URL")).filter(s -> !s.isBlank()).orElse(null);
        if (pgUrl == null) {
            server = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pgdata"))
                    .setCleanDataDirectory(false).setPort(freePort()).start();
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'actionpack'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE actionpack");
                }
            }
            pgUrl = "postgresql://postgres@localhost:" + server.getPort() + "/actionpack";
            System.out.println("embedded PostgreSQL " + version(server) + " on port " + server.getPort()
                    + ", data in " + work.resolve("pgdata"));
        }
        try {
            DatabaseTarget sqlite = new DatabaseTarget.SqliteFile(sqliteFile);
            DatabaseTarget postgres = DatabaseLocation.ofSystem().target(Optional.of(pgUrl));
            Database onSqlite = prepare("SQLite", sqlite, invoices, accounts);
            Database onPostgres = prepare("PostgreSQL", postgres, invoices, accounts);
            System.out.println("uptime before: " + ExportBench.uptime());
            paging(onSqlite, onPostgres);
            Path dir = Files.createTempDirectory(work, "export-");
            try {
                exports(sqliteFile, pgUrl, rounds, dir);
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path file : files.toList()) {
                        Files.deleteIfExists(file);
                    }
                }
                Files.deleteIfExists(dir);
            }
            System.out.println("uptime after:  " + ExportBench.uptime());
        } finally {
            if (server != null) {
                server.close();
            }
        }
        // Hikari's and the embedded server's threads: end without waiting for them.
        System.exit(0);
    }

    private static Database prepare(String name, DatabaseTarget target, long invoices, int accounts) {
        Database db = Database.open(target, Clock.systemUTC());
        long have = db.transactions().read(() -> (long) db.transactions().dsl().fetchCount(INVOICES));
        if (have < invoices) {
            System.out.printf("%s: generating %,d invoices for %,d accounts ...%n", name, invoices - have, accounts);
            BulkGenerator.Result made = new BulkGenerator(db, line -> System.out.println("  " + line))
                    .generate(accounts, invoices - have);
            System.out.printf("%s: generated in %.1f s%n", name, made.took().toMillis() / 1e3);
        } else {
            System.out.printf("%s: reusing %,d invoices at %s%n", name, have, target.shown());
        }
        return db;
    }

    /** The page of 50 at row N (the last page, oldest first) on both backends, and OFFSET as the baseline. */
    private static void paging(Database onSqlite, Database onPostgres) {
        System.out.printf("page of %d at the last row, median (keyset: 200 runs after 50; OFFSET: 7 after 2):%n", PAGE);
        System.out.printf("  %-12s %14s %14s %12s%n", "backend", "keyset (us)", "OFFSET (us)", "OFFSET/keyset");
        double[] keyset = new double[2];
        int i = 0;
        for (Database db : List.of(onSqlite, onPostgres)) {
            SqliteTransactions tx = db.transactions();
            Ports p = db.ports();
            long total = tx.read(() -> (long) tx.dsl().fetchCount(INVOICES));
            double[] figures = tx.read(() -> {
                double last = micros(50, 200, () -> p.invoices().page(OptionalLong.empty(), PageRequest.last(PAGE)));
                double offset = micros(2, 7, () -> tx.dsl().select(INVOICES.fields()).select(ORDERS.STATUS)
                        .from(INVOICES).join(ORDERS).on(ORDERS.ID.eq(INVOICES.ORDER_ID))
                        .orderBy(INVOICES.SEQUENCE_NO.desc()).limit(PAGE).offset(total - PAGE).fetch());
                long oldest = p.invoices().page(OptionalLong.empty(), PageRequest.last(PAGE)).rows().get(PAGE - 1)
                        .invoice().sequence();
                if (oldest != 1) {
                    throw new IllegalStateException("the last page does not end at invoice 1 but " + oldest);
                }
                return new double[] {last, offset};
            });
            keyset[i++] = figures[0];
            System.out.printf("  %-12s %14.1f %14.1f %11.0fx   (%,d invoices)%n", i == 1 ? "SQLite" : "PostgreSQL",
                    figures[0], figures[1], figures[1] / figures[0], total);
        }
        System.out.printf("  keyset page PostgreSQL / SQLite: %.2fx%n", keyset[1] / keyset[0]);
    }

    private static void exports(Path sqliteFile, String pgUrl, int rounds, Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<ExportBench.Run> sqlite3 = new ArrayList<>();
        List<ExportBench.Run> appSqlite = new ArrayList<>();
        List<ExportBench.Run> psql = new ArrayList<>();
        List<ExportBench.Run> appPostgres = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            ExportBench.Run s = ExportBench.timed(List.of("sqlite3", "-csv", "-header", sqliteFile.toString(),
                    ExportBench.BASELINE_SQL), dir.resolve("sqlite3.csv"));
            ExportBench.Run a = ExportBench.timed(app(java, sqliteFile.toString(), dir.resolve("app-sqlite.csv")),
                    dir.resolve("app-sqlite.out"));
            ExportBench.Run q = ExportBench.timed(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", pgUrl, "-c",
                    "\\copy (" + PSQL_SQL + ") to '" + dir.resolve("psql.csv") + "' with (format csv, header)"), null);
            ExportBench.Run b = ExportBench.timed(app(java, pgUrl, dir.resolve("app-postgres.csv")),
                    dir.resolve("app-postgres.out"));
            sqlite3.add(s);
            appSqlite.add(a);
            psql.add(q);
            appPostgres.add(b);
            System.out.printf("round %d: SQLite: sqlite3 %.2f s, app %.2f s (%.2fx); PostgreSQL: psql \\copy %.2f s,"
                    + " app %.2f s (%.2fx); app PostgreSQL / app SQLite %.2fx%n", round + 1, s.seconds(), a.seconds(),
                    a.seconds() / s.seconds(), q.seconds(), b.seconds(), b.seconds() / q.seconds(),
                    b.seconds() / a.seconds());
        }
        System.out.printf("%-40s %9s %9s %13s%n", "median of " + rounds + " rounds", "wall s", "CPU s", "peak RSS MiB");
        row("sqlite3 -csv", ExportBench.median(sqlite3));
        row("app invoices report on SQLite -Xmx64m", ExportBench.median(appSqlite));
        row("psql \\copy (client)", ExportBench.median(psql));
        row("app invoices report on PostgreSQL", ExportBench.median(appPostgres));
        System.out.printf("ratios of the medians (wall): app/sqlite3 %.2fx, app/psql %.2fx, PostgreSQL app/SQLite app %.2fx%n",
                ExportBench.median(appSqlite).seconds() / ExportBench.median(sqlite3).seconds(),
                ExportBench.median(appPostgres).seconds() / ExportBench.median(psql).seconds(),
                ExportBench.median(appPostgres).seconds() / ExportBench.median(appSqlite).seconds());
        System.out.println("app on SQLite:     " + Files.readString(dir.resolve("app-sqlite.out")).strip());
        System.out.println("app on PostgreSQL: " + Files.readString(dir.resolve("app-postgres.out")).strip());
        String onSqlite = sha256(dir.resolve("app-sqlite.csv"));
        String onPostgres = sha256(dir.resolve("app-postgres.csv"));
        System.out.printf("app CSV sha256: SQLite %s, PostgreSQL %s: %s (%,d bytes; psql's file %,d bytes)%n",
                onSqlite.substring(0, 12), onPostgres.substring(0, 12),
                onSqlite.equals(onPostgres) ? "the SAME bytes" : "DIFFERENT", Files.size(dir.resolve("app-sqlite.csv")),
                Files.size(dir.resolve("psql.csv")));
    }

    private static List<String> app(String java, String db, Path csv) {
        List<String> command = new ArrayList<>(List.of(java, "-Xmx64m"));
        command.addAll(ExportBench.QUIET);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ExportOnce.class.getName(), db, csv.toString()));
        return command;
    }

    private static void row(String what, ExportBench.Run run) {
        System.out.printf("%-40s %9.2f %9.2f %13.1f%n", what, run.seconds(), run.cpuSeconds(), run.peakKib() / 1024.0);
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String version(EmbeddedPostgres server) throws Exception {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double micros(int warmup, int runs, Supplier<?> work) {
        return BenchJvm.medianMicros(warmup, runs, work);
    }
}
