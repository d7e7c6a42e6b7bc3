package com.actionpack.bench.paging;

import static com.actionpack.persistence.jooq.Tables.INVOICES;
import static com.actionpack.persistence.jooq.Tables.ORDERS;

import com.actionpack.core.Ports;
import com.actionpack.core.billing.InvoiceView;
import com.actionpack.core.common.Page;
import com.actionpack.core.common.PageRequest;
import com.actionpack.bench.BenchJvm;
import com.actionpack.bench.export.ExportBench;
import com.actionpack.persistence.db.Database;
import com.actionpack.persistence.db.DatabaseOptions;
import com.actionpack.persistence.db.SqliteTransactions;
import com.actionpack.persistence.demo.BulkGenerator;
import com.actionpack.persistence.ledger.LedgerKeyFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Prints microseconds per page of 50 invoices out of a large table: the first page, the last
 * page by keyset, one account's page, and the same last page by OFFSET as the baseline.
 * Usage: {@code PagingBench [db-path] [invoices] [accounts]}; the database is generated when it
 * holds fewer invoices than asked, and reused otherwise.
 */
public final class PagingBench {

    private static final int PAGE = 50;
    private static final int WARMUP = 50;
    private static final int RUNS = 200;

    private PagingBench() {
    }

    public static void main(String[] args) {
        BenchJvm.quiet();
        Path file = Path.of(args.length > 0 ? args[0] : "target/paging-bench.db");
        long invoices = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        long accounts = args.length > 2 ? Long.parseLong(args[2]) : invoices / 10;
        System.out.println("uptime before: " + uptime());
        boolean existed = Files.exists(file);
        // The ledger key beside the database (DB.ledger.key), as ExportBench keeps it: one bench
        // database, one key, whoever's data folder runs it (R23 refuses a sealed database without it).
        Database db = Database.open(file, Clock.systemUTC(),
                DatabaseOptions.defaults().withLedgerKey(new LedgerKeyFile(ExportBench.ledgerKey(file))));
        SqliteTransactions tx = db.transactions();
        long have = tx.read(() -> (long) tx.dsl().fetchCount(INVOICES));
        if (have < invoices) {
            System.out.printf("generating %,d accounts and %,d invoices into %s%n", accounts, invoices - have, file);
            BulkGenerator.Result made = new BulkGenerator(db, line -> System.out.println("  " + line))
                    .generate(accounts, invoices - have);
            System.out.printf("generated in %.1f s (%,.0f invoices/s)%n", made.took().toMillis() / 1e3,
                    made.invoices() / (made.took().toMillis() / 1e3));
            have = tx.read(() -> (long) tx.dsl().fetchCount(INVOICES));
        } else {
            System.out.printf("reusing %s (%s)%n", file, existed ? "existing" : "new");
        }
        long total = have;
        System.out.printf("%,d invoices, %.0f MiB%n", total, sizeMiB(file));

        Ports p = db.ports();
        long account = total / 20; // some account in the middle of the id range
        long offsetLast = total - PAGE;
        tx.read(() -> {
            double first = micros(() -> p.invoices().page(OptionalLong.empty(), PageRequest.first(PAGE)));
            double last = micros(() -> p.invoices().page(OptionalLong.empty(), PageRequest.last(PAGE)));
            double filtered = micros(() -> p.invoices().page(OptionalLong.of(account), PageRequest.first(PAGE)));
            double offset = micros(5, 21, () -> tx.dsl().select(INVOICES.fields()).select(ORDERS.STATUS).from(INVOICES)
                    .join(ORDERS).on(ORDERS.ID.eq(INVOICES.ORDER_ID))
                    .orderBy(INVOICES.SEQUENCE_NO.desc()).limit(PAGE).offset(offsetLast).fetch());
            Page<InvoiceView> lastPage = p.invoices().page(OptionalLong.empty(), PageRequest.last(PAGE));
            System.out.printf("median of %d runs (OFFSET: 21), page of %d, inside one read transaction:%n", RUNS, PAGE);
            System.out.printf("  first page (keyset)            %10.1f us%n", first);
            System.out.printf("  last page (keyset)             %10.1f us  (%.2fx the first page; oldest key %d)%n", last,
                    last / first, lastPage.rows().get(lastPage.rows().size() - 1).invoice().sequence());
            System.out.printf("  one account's page (keyset)    %10.1f us  (account %d)%n", filtered, account);
            System.out.printf("  last page by OFFSET %,d %10.1f us  (baseline: %.0fx the keyset last page)%n", offsetLast,
                    offset, offset / last);
            return null;
        });
        double withTx = micros(() -> p.transactions().read(() -> p.invoices().page(OptionalLong.empty(),
                PageRequest.last(PAGE))));
        System.out.printf("  last page incl. opening its read transaction %10.1f us%n", withTx);
        // The baseline of the goal (issue 15): the adapter's own last-page query, prepared, run
        // and stepped through on plain JDBC without reading a value; the adapter's page against it.
        tx.read(() -> {
            String sql = tx.dsl().select(INVOICES.fields()).select(ORDERS.STATUS).from(INVOICES).join(ORDERS)
                    .on(ORDERS.ID.eq(INVOICES.ORDER_ID)).orderBy(INVOICES.SEQUENCE_NO.asc()).limit(PAGE + 1).getSQL(
                            org.jooq.conf.ParamType.INLINED);
            double query = micros(() -> tx.dsl().connectionResult(connection -> {
                int rows = 0;
                try (var statement = connection.prepareStatement(sql); var result = statement.executeQuery()) {
                    while (result.next()) {
                        rows++;
                    }
                }
                return rows;
            }));
            double page = micros(() -> p.invoices().page(OptionalLong.empty(), PageRequest.last(PAGE)));
            // Orders placed before V16, and every order placed in the app, record an agreement (R7a)
            // that the page reads too (a timestamp each); BulkGenerator's orders record none.
            long agreements = p.invoices().page(OptionalLong.empty(), PageRequest.last(PAGE)).rows().stream()
                    .filter(row -> row.agreement() != null).count();
            System.out.printf("  the last page's query alone (JDBC, no values read) %10.1f us%n", query);
            System.out.printf("  last page through the adapter  %10.1f us  (%.1fx the query alone; goal <= 300 us;"
                    + " %d of its %d rows with an agreement)%n", page, page / query, agreements, PAGE);
            return null;
        });
        System.out.println("uptime after: " + uptime());
    }

    private static String uptime() {
        try {
            Process process = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes()).strip();
            process.waitFor();
            return text;
        } catch (java.io.IOException e) {
            return "(uptime: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted)";
        }
    }

    private static double sizeMiB(Path file) {
        try {
            return Files.size(file) / (1024.0 * 1024.0);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static double micros(Supplier<?> work) {
        return micros(WARMUP, RUNS, work);
    }

    private static double micros(int warmup, int runs, Supplier<?> work) {
        return BenchJvm.medianMicros(warmup, runs, work);
    }
}
