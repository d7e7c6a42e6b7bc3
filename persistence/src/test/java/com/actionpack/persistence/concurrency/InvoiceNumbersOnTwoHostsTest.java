package com.actionpack.persistence.concurrency;

import static com.actionpack.persistence.jooq.Tables.INVOICES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.billing.DocumentKind;
import com.actionpack.core.billing.Invoice;
import com.actionpack.persistence.db.DatabaseTarget;
import com.actionpack.persistence.testing.PostgresServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R9 with several hosts on one PostgreSQL database (#16): two JVMs stand for two hosts (each
 * its own pool, as two {@code serve} processes have), two writer threads each, issuing
 * invoices and credit notes for 30 seconds. The numbers are 1..N with no gap and no repeat,
 * N is every document the hosts committed, and each number is written as R9 says.
 * (At the core/persistence level: driving SSH sessions that long would measure the console.)
 */
class InvoiceNumbersOnTwoHostsTest {

    private static final int HOSTS = 2;
    private static final int WRITERS_PER_HOST = 2;
    private static final long RUN_MS = 30_000;

    @TempDir
    Path dir;

    /** What the hosts wrote to stderr, for a failure's message. */
    private String errors() throws java.io.IOException {
        StringBuilder all = new StringBuilder();
        for (int h = 0; h < HOSTS; h++) {
            Path err = dir.resolve("host-" + h + ".err");
            if (java.nio.file.Files.exists(err)) {
                String text = java.nio.file.Files.readString(err);
                all.append("host ").append(h).append(": ").append(text, 0, Math.min(text.length(), 2000)).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    @DisplayName("R9: 4 writers on 2 hosts for 30 s: invoice and credit-note numbers gapless and unique")
    void gaplessAcrossHosts() throws Exception {
        DatabaseTarget.PostgresServer target = PostgresServer.freshMigratedDatabase("gapless");
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            long end = System.currentTimeMillis() + 5_000 + RUN_MS; // both JVMs up by the first 5 s
            List<Process> hosts = new ArrayList<>();
            for (int h = 0; h < HOSTS; h++) {
                ProcessBuilder host = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp",
                        System.getProperty("java.class.path"), "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                        InvoiceWriters.class.getName(), target.jdbcUrl(), String.valueOf(end),
                        String.valueOf(WRITERS_PER_HOST))
                        .redirectError(dir.resolve("host-" + h + ".err").toFile());
                // A new ledger key for both (R23), never the user's own: the two hosts seal a new
                // database at once, as two hosts first started together do.
                host.environment().put("ACTIONPACK_LEDGER_KEY", dir.resolve("keys/ledger.key").toString());
                hosts.add(host.start());
            }
            long committed = 0;
            for (Process host : hosts) {
                List<String> out;
                try (BufferedReader r = new BufferedReader(new InputStreamReader(host.getInputStream(), StandardCharsets.UTF_8))) {
                    out = r.lines().toList();
                }
                assertTrue(host.waitFor(60, TimeUnit.SECONDS));
                String last = out.isEmpty() ? "" : out.get(out.size() - 1);
                assertEquals("started", out.isEmpty() ? "" : out.get(0), out + " " + errors());
                assertTrue(last.startsWith("issued "), out.toString());
                committed += Long.parseLong(last.substring("issued ".length()));
            }
            try (Connection c = PostgresServer.connect(target)) {
                DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES);
                List<Record2<Long, String>> rows = dsl.select(INVOICES.SEQUENCE_NO, INVOICES.NUMBER).from(INVOICES)
                        .orderBy(INVOICES.SEQUENCE_NO).fetch();
                assertTrue(rows.size() > 100, "only " + rows.size() + " documents in 30 s");
                assertEquals(committed, rows.size(), "every committed document, and nothing else, holds a number");
                for (int i = 0; i < rows.size(); i++) {
                    long sequence = rows.get(i).value1();
                    assertEquals(i + 1L, sequence, "gap or repeat before row " + i);
                    String number = rows.get(i).value2();
                    assertTrue(number.equals(Invoice.numberFor(DocumentKind.INVOICE, sequence))
                            || number.equals(Invoice.numberFor(DocumentKind.CREDIT_NOTE, sequence)), number);
                }
                assertEquals(rows.size(), dsl.fetchCount(dsl.selectDistinct(INVOICES.NUMBER).from(INVOICES)));
                System.out.println("InvoiceNumbersOnTwoHostsTest: " + rows.size() + " documents numbered 1.."
                        + rows.size() + " by " + HOSTS * WRITERS_PER_HOST + " writers on " + HOSTS + " hosts in "
                        + RUN_MS / 1000 + " s");
            }
        } finally {
            PostgresServer.drop(target);
        }
    }
}
