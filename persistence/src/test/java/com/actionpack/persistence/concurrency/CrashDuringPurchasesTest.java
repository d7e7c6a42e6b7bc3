package com.actionpack.persistence.concurrency;

import static com.actionpack.persistence.jooq.Tables.INVOICES;
import static com.actionpack.persistence.jooq.Tables.MEMBERSHIPS;
import static com.actionpack.persistence.jooq.Tables.ORDERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM buying in a loop is killed with SIGKILL at a random moment, 20 times over the
 * same file. After each kill the file is intact and no purchase is half-written.
 */
class CrashDuringPurchasesTest {

    private static final int ROUNDS = 20;

    @TempDir
    Path dir;

    @Test
    @DisplayName("R5 R9: SIGKILL in the middle of purchases, 20 rounds: integrity ok, every order has its invoice, every paid one its term")
    void killedMidStream() throws Exception {
        Path file = dir.resolve("crash.db");
        Random random = new Random(20);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < ROUNDS; round++) {
            Process child = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                    PurchaseStream.class.getName(), file.toString(), String.valueOf(round))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line = out.readLine();
                assertEquals("started", line, "round " + round + ": the child did not start");
                Thread.sleep(50 + random.nextInt(250));
                child.destroyForcibly(); // SIGKILL on Unix
                assertTrue(child.waitFor(10, TimeUnit.SECONDS));
            }
            assertEquals(137, child.exitValue(), "round " + round + ": the child was not killed but ended");
            check(file, round);
        }
    }

    private static void check(Path file, int round) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                assertTrue(rs.next());
                assertEquals("ok", rs.getString(1), "round " + round);
            }
            DSLContext dsl = DSL.using(c);
            int orders = dsl.fetchCount(ORDERS);
            assertTrue(orders > round, "round " + round + ": only " + orders + " orders");
            int withoutInvoice = dsl.fetchCount(dsl.selectFrom(ORDERS).whereNotExists(
                    dsl.selectOne().from(INVOICES).where(INVOICES.ORDER_ID.eq(ORDERS.ID))));
            assertEquals(0, withoutInvoice, "round " + round + ": orders without an invoice");
            int paidWithoutTerm = dsl.fetchCount(dsl.selectFrom(ORDERS).where(ORDERS.STATUS.eq("PAID")).andNotExists(
                    dsl.selectOne().from(MEMBERSHIPS).where(MEMBERSHIPS.ORDER_ID.eq(ORDERS.ID))));
            assertEquals(0, paidWithoutTerm, "round " + round + ": paid orders without a membership");
            // Placing a wire order and recording its funds are two actions: a kill between them
            // leaves one wire order awaiting payment, at most one per round, never anything else.
            int unpaid = dsl.fetchCount(ORDERS, ORDERS.STATUS.ne("PAID"));
            assertTrue(unpaid <= round + 1, "round " + round + ": " + unpaid + " unpaid orders");
            assertEquals(unpaid, dsl.fetchCount(ORDERS, ORDERS.STATUS.eq("AWAITING_PAYMENT")
                    .and(ORDERS.PAYMENT_METHOD.eq("WIRE_TRANSFER"))), "round " + round);
        }
    }
}
