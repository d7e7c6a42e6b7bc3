package com.actionpack.tui.app;

import static com.actionpack.persistence.jooq.Tables.INVOICES;
import static com.actionpack.persistence.jooq.Tables.MEMBERSHIPS;
import static com.actionpack.persistence.jooq.Tables.ORDERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.account.Role;
import com.actionpack.core.account.Setup;
import com.actionpack.core.common.Actor;
import com.actionpack.core.usecase.account.NewUser;
import com.actionpack.persistence.db.DatabaseTarget;
import com.actionpack.persistence.testing.DbWorld;
import com.actionpack.persistence.testing.PostgresServer;
import com.actionpack.tui.ssh.Capture;
import com.actionpack.tui.ssh.TestKeys;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.session.ClientSession;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two hosts on one PostgreSQL database (#16): two real {@code actionpack serve} processes (the
 * app's {@code Main}, started from this module's class path) on different ports, both given the
 * same {@code postgresql://} URL, and sshd's client as the admins' terminals at 80x24.
 * The R5 race: in each of 20 rounds two admins of one account, one on each host, press Pay at
 * the same moment: exactly one order, and the other is told why in one line. Then a host is
 * killed with SIGKILL just after Pay was pressed on it: the other host goes on, no order is
 * half-written, and {@code audit verify} says ok.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoHostsOnPostgresTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int ROUNDS = 20;
    private static final int KILLS = 3;
    private static final Pattern LISTENING = Pattern.compile("listening on [^:]+:(\\d+)");

    @TempDir
    static Path dir;

    private static DatabaseTarget.PostgresServer database;
    private static String url;
    private static DbWorld world;
    private static Path keysFile;
    private static final Map<String, KeyPair> KEYS = new LinkedHashMap<>();
    private static final List<Host> HOSTS = new ArrayList<>();
    private static SshClient client;

    /** One {@code serve} process and the port it listens on. */
    private record Host(String name, Process process, int port) {
    }

    @BeforeAll
    static void twoHostsOnOneDatabase() throws Exception {
        database = PostgresServer.freshMigratedDatabase("two_hosts");
        // The app's own URL form, as an operator types it (the embedded server trusts local logins).
        url = database.jdbcUrl().replaceFirst("^jdbc:postgresql://([^/]+)/([^?]+)\\?user=(\\w+).*$",
                "postgresql://$3@$1/$2");
        world = DbWorld.at(database.jdbcUrl(), LocalDate.now(ZoneOffset.UTC));
        Actor operator = world.operator();
        for (int round = 0; round < ROUNDS + KILLS; round++) {
            Setup setup = world.newAccount("Race " + round, "US");
            Actor admin = Actor.console(setup.globalAdmin().id());
            world.core.enrollInProgram().enroll(admin);
            world.core.decideVerification().decide(operator, new com.actionpack.core.usecase.account.VerificationDecision(
                    setup.account().id(), com.actionpack.core.account.VerificationStatus.VERIFIED, "checked"));
            String second = "second." + round + "@" + setup.globalAdmin().email().substring(
                    setup.globalAdmin().email().indexOf('@') + 1);
            world.core.addUser().add(admin, new NewUser(second, "Second Admin", Set.of(Role.MPN_PARTNER_ADMIN)));
            KEYS.put(setup.globalAdmin().email(), TestKeys.ed25519());
            KEYS.put(second, TestKeys.ed25519());
        }
        Map<KeyPair, String> emails = new LinkedHashMap<>();
        KEYS.forEach((email, key) -> emails.put(key, email));
        keysFile = TestKeys.authorizedKeys(dir.resolve("authorized_keys"), emails);
        HOSTS.add(start("a"));
        HOSTS.add(start("b"));
        client = SshClient.setUpDefaultClient();
        client.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (client != null) {
            client.stop();
        }
        for (Host host : HOSTS) {
            host.process().destroy();
            host.process().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** {@code actionpack serve} on a free port, its own data folder, the shared database. */
    private static Host start(String name) throws IOException {
        Path home = dir.resolve("host-" + name + "-" + System.nanoTime());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "serve", "--db", url,
                "--listen", "127.0.0.1:0", "--host-key", home.resolve("ssh_host_key").toString(),
                "--authorized-keys", keysFile.toString(), "--max-sessions", "50")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        builder.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        builder.environment().put("XDG_STATE_HOME", home.resolve("state").toString());
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                // Keep draining its output so the process never blocks on a full pipe.
                Thread drain = new Thread(() -> {
                    try {
                        out.transferTo(Writer.nullWriter());
                    } catch (IOException ignored) {
                        // the host was stopped
                    }
                }, "drain-" + name);
                drain.setDaemon(true);
                drain.start();
                return new Host(name, process, Integer.parseInt(m.group(1)));
            }
        }
        throw new IllegalStateException("serve " + name + " did not start: " + seen);
    }

    /** An admin's terminal: an SSH session to {@code host} at 80x24, signed in by the admin's key. */
    private record Terminal(ClientSession session, ChannelShell shell, Capture out) {
        void type(String keys) throws IOException {
            OutputStream in = shell.getInvertedIn();
            in.write(keys.getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        void typeAndAwait(String keys, String wanted) throws Exception {
            type(keys);
            assertTrue(out.awaitScreen(wanted, WAIT), () -> "after " + keys.replace("\t", "<Tab>").replace("\r", "<Enter>")
                    + " no '" + wanted + "' on:\n" + out.screen(80, 24));
        }

        String screen() {
            return out.screen(80, 24);
        }

        void close() throws IOException {
            session.close(true);
        }
    }

    private static Terminal terminal(Host host, String email) throws IOException {
        ClientSession session = client.connect(email.substring(0, email.indexOf('@')).replaceAll("[^a-z0-9]", ""),
                "127.0.0.1", host.port()).verify(WAIT).getSession();
        session.addPublicKeyIdentity(KEYS.get(email));
        session.auth().verify(WAIT);
        ChannelShell shell = session.createShellChannel();
        shell.setPtyType("xterm-256color");
        shell.setPtyColumns(80);
        shell.setPtyLines(24);
        Capture out = new Capture();
        shell.setOut(out);
        shell.setErr(out);
        shell.open().verify(WAIT);
        return new Terminal(session, shell, out);
    }

    /** Membership, Buy now, the agreement, the card: the confirmation open with Pay focused. */
    private static void upToPay(Terminal t) throws Exception {
        assertTrue(t.out().awaitScreen("Choose a workspace", WAIT), t::screen);
        t.typeAndAwait("\r", "Buy now");
        t.typeAndAwait("b", "Accept agreement");
        t.typeAndAwait(" \t\r", "Pay with:");
        t.typeAndAwait("\t4111 1111 1111 1111\t12/39\t123\t\r", "Pay USD");
        int mark = t.out().length();
        t.type("\t");
        long until = System.nanoTime() + WAIT.toNanos();
        while (t.out().length() == mark && System.nanoTime() < until) {
            Thread.sleep(10); // the focus moved when the buttons were redrawn
        }
        Thread.sleep(100);
    }

    /** "paid", "refused" or null while neither shows. */
    private static String outcome(Terminal t) {
        String seen = t.screen();
        return seen.contains("Payment: not possible") ? "refused" : seen.contains("Receipt") ? "paid" : null;
    }

    private static String awaitOutcome(Terminal t) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String outcome;
        while ((outcome = outcome(t)) == null && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return outcome;
    }

    private static String email(int account, boolean second) {
        return new ArrayList<>(KEYS.keySet()).get(account * 2 + (second ? 1 : 0));
    }

    private static long ordersOf(String email) {
        return world.db.transactions().read(() -> {
            long accountId = world.ports.users().findByEmail(email).orElseThrow().accountId();
            return (long) world.ports.orders().listByAccount(accountId).size();
        });
    }

    @Test
    @Order(1)
    @DisplayName("R5 on two hosts: two admins of one account press Pay on different serve processes at once, 20 rounds:"
            + " one order each round, the other told why in one line")
    void payOnBothHostsAtOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Terminal onA = terminal(HOSTS.get(0), email(round, false));
            Terminal onB = terminal(HOSTS.get(1), email(round, true));
            try {
                var prepareB = java.util.concurrent.CompletableFuture.runAsync(() -> {
                    try {
                        upToPay(onB);
                    } catch (Exception | AssertionError e) {
                        throw new java.util.concurrent.CompletionException(e);
                    }
                });
                upToPay(onA);
                try {
                    prepareB.get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof Exception x ? x : new IllegalStateException(e.getCause());
                }
                CyclicBarrier together = new CyclicBarrier(2);
                Thread payB = new Thread(() -> {
                    try {
                        together.await();
                        onB.type("\r");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                payB.start();
                together.await();
                onA.type("\r");
                payB.join();

                String a = awaitOutcome(onA);
                String b = awaitOutcome(onB);
                int r = round;
                assertTrue(a != null && b != null, () -> "round " + r + ": host a:\n" + onA.screen() + "\nhost b:\n"
                        + onB.screen());
                assertEquals(Set.of("paid", "refused"), Set.of(a, b), "round " + round + ": a " + a + ", b " + b);
                assertEquals(1, ordersOf(email(round, false)), "round " + round);
                String refusal = ("refused".equals(a) ? onA : onB).screen();
                // Either the database's guard (same moment) or the eligibility check (just after) refuses.
                assertTrue(refusal.contains("Another order for this account was placed")
                        || refusal.contains("You already hold an Action Pack"), refusal);
            } finally {
                onA.close();
                onB.close();
            }
        }
    }

    @Test
    @Order(2)
    @DisplayName("SIGKILL of one serve just after Pay, 3 times: the other host goes on, no half-written order,"
            + " audit verify ok")
    void killOneHostMidPurchase() throws Exception {
        Random random = new Random(16);
        List<Long> landed = new ArrayList<>();
        for (int kill = 0; kill < KILLS; kill++) {
            int account = ROUNDS + kill;
            Host doomed = HOSTS.get(0);
            Terminal onA = terminal(doomed, email(account, false));
            Terminal onB = terminal(HOSTS.get(1), email(account, true));
            try {
                upToPay(onA);
                onA.type("\r");
                Thread.sleep(random.nextInt(40));
                doomed.process().destroyForcibly(); // SIGKILL on Unix
                assertTrue(doomed.process().waitFor(10, TimeUnit.SECONDS));
                assertEquals(137, doomed.process().exitValue());
                // A write of our own takes the writers' turn: it waits until the killed host's
                // transaction, if the server still runs it, has committed or rolled back.
                world.db.transactions().write(() -> null);
                long afterKill = ordersOf(email(account, false));
                assertTrue(afterKill <= 1, "kill " + kill + ": " + afterKill + " orders");
                landed.add(afterKill);

                // The other host goes on: the same account's other admin buys there when the killed
                // purchase was rolled back, or sees the term it bought when it was committed.
                if (afterKill == 0) {
                    upToPay(onB);
                    onB.type("\r");
                    assertEquals("paid", awaitOutcome(onB), onB::screen);
                } else {
                    assertTrue(onB.out().awaitScreen("Choose a workspace", WAIT), onB::screen);
                    onB.typeAndAwait("\r", "Current term 1: ACTIVE");
                }
                assertEquals(1, ordersOf(email(account, false)), "kill " + kill);
            } finally {
                onA.close();
                onB.close();
            }
            HOSTS.set(0, start("a"));
            noHalfWrittenOrder();
        }
        assertAuditVerifyOk();
        System.out.println("TwoHostsOnPostgresTest: orders committed before each SIGKILL (1) or rolled back (0): " + landed);
    }

    /** Every order has its invoice, every paid order its term: nothing half-written (one transaction per action). */
    private static void noHalfWrittenOrder() throws Exception {
        try (Connection c = PostgresServer.connect(database)) {
            DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES);
            assertEquals(0, dsl.fetchCount(dsl.selectFrom(ORDERS).whereNotExists(
                    dsl.selectOne().from(INVOICES).where(INVOICES.ORDER_ID.eq(ORDERS.ID)))), "orders without an invoice");
            assertEquals(0, dsl.fetchCount(dsl.selectFrom(ORDERS).where(ORDERS.STATUS.eq("PAID")).andNotExists(
                    dsl.selectOne().from(MEMBERSHIPS).where(MEMBERSHIPS.ORDER_ID.eq(ORDERS.ID)))),
                    "paid orders without a membership");
        }
    }

    /** {@code actionpack audit verify} on the shared database, as an operator's cron runs it (R23). */
    private static void assertAuditVerifyOk() throws Exception {
        Path home = dir.resolve("verify");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "audit", "verify", "--db", url).redirectErrorStream(true);
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        builder.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        builder.environment().put("XDG_STATE_HOME", home.resolve("state").toString());
        Process verify = builder.start();
        String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(verify.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, verify.exitValue(), output);
        assertTrue(output.startsWith("ok: "), output);
    }
}
