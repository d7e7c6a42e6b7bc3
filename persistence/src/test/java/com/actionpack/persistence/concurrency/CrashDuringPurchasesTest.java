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
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import com.actionpack.persistence.testing.Backend;
import com.actionpack.persistence.testing.OnBothBackends;
import com.actionpack.persistence.db.DatabaseTarget;

/**
 * A child JVM buying in a loop is killed with SIGKILL at a random moment, 20 times over the
 * same database, on each backend (#16). After each kill the database is intact and no purchase
 * is half-written.
 */
@OnBothBackends
class CrashDuringPurchasesTest {

    /** SQLite's file is what a kill may hurt; a PostgreSQL client's kill only ends its session: fewer rounds there. */
    private static final int SQLITE_ROUNDS = 20;
    private static final int POSTGRES_ROUNDS = 8;

    @Parameter
    Backend backend;

    @Test
    @DisplayName("R5 R9: SIGKILL in the middle of purchases, 20 rounds (8 on PostgreSQL): integrity ok, every order has its invoice, every paid one its term")
    void killedMidStream() throws Exception {
        DatabaseTarget target = backend.freshTarget("crash");
        Random random = new Random(20);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0, rounds = backend.isPostgres() ? POSTGRES_ROUNDS : SQLITE_ROUNDS; round < rounds; round++) {
            Process child = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                    PurchaseStream.class.getName(), target.shown(), String.valueOf(round))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line = out.readLine();
                assertEquals("started", line, "round " + round + ": the child did not start");
                Thread.sleep(50 + random.nextInt(250));
                child.destroyForcibly(); // SIGKILL on Unix
                assertTrue(child.waitFor(10, TimeUnit.SECONDS));
            }
            assertEquals(137, child.exitValue(), "round " + round + ": the child was not killed but ended");
            check(target, round);
        }
    }

    private void check(DatabaseTarget target, int round) throws Exception {
        try (Connection c = backend.connect(target)) {
            if (!backend.isPostgres()) {
                // PostgreSQL's own crash safety is its WAL; the client killed here never touches the files.
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                    assertTrue(rs.next());
                    assertEquals("ok", rs.getString(1), "round " + round);
                }
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
