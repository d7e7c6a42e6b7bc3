package com.actionpack.tui.app;

import com.actionpack.core.account.NewAccount;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.Setup;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.audit.AuditEntry;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.PageRequest;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.testing.CoreFixture;
import com.actionpack.core.usecase.account.NewUser;
import com.actionpack.core.usecase.account.VerificationDecision;
import com.actionpack.persistence.demo.DemoData;
import com.actionpack.tui.cli.CliOptions;
import com.actionpack.tui.ssh.AuthorizedKeysFile;
import com.actionpack.tui.ssh.Capture;
import com.actionpack.tui.ssh.ListenAddress;
import com.actionpack.tui.ssh.SshConsoleServer;
import com.actionpack.tui.ssh.SshServerOptions;
import com.actionpack.tui.ssh.TestKeys;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real app served over SSH: the app graph over a SQLite file with the demo data, the
 * {@link SshConsoles} factory on {@link SshConsoleServer}, and sshd's own client with known
 * keys whose comments are users' emails.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SshConsolesTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String ALICE = "alice@fabrikam.example";
    private static final String MIKE = "mike@fabrikam.example";
    private static final String GHOST = "nobody@contoso-demo.example";

    @TempDir
    Path dir;

    private final KeyPair graceKey = TestKeys.ed25519();
    private final KeyPair aliceKey = TestKeys.ed25519();
    private final KeyPair mikeKey = TestKeys.ed25519();
    private final KeyPair ghostKey = TestKeys.ed25519();
    private final List<ClientSession> clients = new ArrayList<>();
    private AppComponent app;
    private Actor alice;
    private SshConsoleServer server;
    private SshClient client;
    private int port;

    @BeforeEach
    void serveTheRealApp() throws IOException {
        AppConfig config = AppConfig.from(new CliOptions(Optional.of(dir.resolve("actionpack.db")),
                Optional.of(dir.resolve("plugins")), Optional.empty(), Optional.empty()),
                new DataDirectory(dir), Map.of());
        app = AppComponent.create(config);
        new DemoData(app.database()).create();
        // A second account, verified and enrolled, that has bought nothing yet: two admins who may buy.
        Setup fabrikam = app.core().createAccount().create(new NewAccount(CoreFixture.profile("Fabrikam", "US"),
                ALICE, "Alice Global"));
        alice = Actor.console(fabrikam.globalAdmin().id());
        app.core().enrollInProgram().enroll(alice);
        Actor operator = app.core().signIn().signIn(DemoData.OPERATOR, "test");
        app.core().decideVerification().decide(operator, new VerificationDecision(fabrikam.account().id(),
                VerificationStatus.VERIFIED,
                "checked"));
        app.core().addUser().add(alice, new NewUser(MIKE, "Mike Partner", Set.of(Role.MPN_PARTNER_ADMIN)));

        Map<KeyPair, String> emails = new LinkedHashMap<>();
        emails.put(graceKey, DemoData.DEMO_ADMIN);
        emails.put(aliceKey, ALICE);
        emails.put(mikeKey, MIKE);
        emails.put(ghostKey, GHOST);
        Path keys = TestKeys.authorizedKeys(dir.resolve("authorized_keys"), emails);
        SshServerOptions options = SshServerOptions.defaults(dir.resolve("ssh_host_key"), keys)
                .withListen(new ListenAddress("127.0.0.1", 0));
        server = new SshConsoleServer(options, AuthorizedKeysFile.load(keys), SshConsoles.of(app));
        port = server.start().address().port();
        client = SshClient.setUpDefaultClient();
        client.start();
    }

    @AfterEach
    void stopAll() throws IOException {
        for (ClientSession session : clients) {
            session.close(true);
        }
        if (client != null) {
            client.stop();
        }
        if (server != null) {
            server.stop();
        }
    }

    private ChannelShell console(KeyPair key, String user, Capture out) throws IOException {
        ClientSession session = client.connect(user, "127.0.0.1", port).verify(WAIT).getSession();
        clients.add(session);
        session.addPublicKeyIdentity(key);
        session.auth().verify(WAIT);
        ChannelShell shell = session.createShellChannel();
        shell.setPtyType("xterm-256color");
        shell.setPtyColumns(80);
        shell.setPtyLines(24);
        shell.setOut(out);
        shell.setErr(out);
        shell.open().verify(WAIT);
        return shell;
    }

    private static void type(ChannelShell shell, String keys) throws IOException {
        OutputStream in = shell.getInvertedIn();
        in.write(keys.getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** Types {@code keys} and waits until the screen shows {@code wanted} in what it sends after them. */
    private static void typeAndAwait(ChannelShell shell, Capture out, String keys, String wanted) throws Exception {
        type(shell, keys);
        assertTrue(out.awaitScreen(wanted, WAIT),
                () -> "after " + keys.replace("\t", "<Tab>").replace("\r", "<Enter>") + " no '" + wanted + "' on:\n"
                        + out.screen(80, 24));
    }

    @Test
    @DisplayName("R21: a known key sees the real console's main menu, signed in as the key's user")
    void knownKeySeesTheMainMenuAsItsUser() throws Exception {
        Capture out = new Capture();
        ChannelShell shell = console(graceKey, "grace", out);
        assertTrue(out.awaitScreen("Choose a workspace", WAIT), () -> out.screen(80, 24));
        String menu = out.screen(80, 24);
        assertTrue(menu.lines().findFirst().orElse("").contains("Main menu"), menu);
        assertTrue(menu.lines().findFirst().orElse("").contains(DemoData.DEMO_ADMIN), menu);

        // The demo account's membership, read from the database through the session's actor.
        typeAndAwait(shell, out, "\r", "Membership end (anniversary)");
        assertTrue(out.screen(80, 24).contains("Contoso Demo Partners"), () -> out.screen(80, 24));
        assertEquals(1, server.activeSessions());
    }

    @Test
    void anAuthorizedKeyWhoseEmailIsNoUserGetsOneLineAndTheChannelCloses() throws Exception {
        Capture out = new Capture();
        ChannelShell shell = console(ghostKey, "ghost", out);
        var events = shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
        assertTrue(events.contains(ClientChannelEvent.CLOSED), events::toString);
        String text = out.text();
        assertTrue(text.contains("There is no user " + GHOST + " in this database."), text);
        assertFalse(text.contains("\u001b"), () -> "no screen drawn: " + text);
        assertEquals(1, text.strip().lines().count(), text);
        assertEquals(Integer.valueOf(1), shell.getExitStatus());
        long until = System.nanoTime() + WAIT.toNanos();
        while (server.activeSessions() > 0 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertEquals(0, server.activeSessions(), "the session was freed");
    }

    /** Repeated: each round a new database, two new sessions, one more chance to let two orders through. */
    @RepeatedTest(5)
    @DisplayName("R5, R21: two admins of one account pay over SSH at the same moment: one order, one refusal"
            + " with its reason, the audit entry names the SSH user and key fingerprint")
    void twoAdminsRacingToBuyGiveOneOrderAndOneRefusal() throws Exception {
        Capture aliceOut = new Capture();
        Capture mikeOut = new Capture();
        ChannelShell aliceShell = console(aliceKey, "alice", aliceOut);
        ChannelShell mikeShell = console(mikeKey, "mike", mikeOut);
        for (var session : List.of(Map.entry(aliceShell, aliceOut), Map.entry(mikeShell, mikeOut))) {
            ChannelShell shell = session.getKey();
            Capture out = session.getValue();
            assertTrue(out.awaitScreen("Choose a workspace", WAIT), () -> out.screen(80, 24));
            typeAndAwait(shell, out, "\r", "Buy now");                       // Membership
            typeAndAwait(shell, out, "b", "Accept agreement");              // the side pane (R7)
            typeAndAwait(shell, out, " \t\r", "Pay with:");                 // tick, accept: payment (R8)
            typeAndAwait(shell, out, "\t4111 1111 1111 1111\t12/39\t123\t\r", "Pay USD"); // confirmation
            int mark = out.length();
            type(shell, "\t");                                               // focus the Pay button
            long until = System.nanoTime() + WAIT.toNanos();
            while (out.length() == mark && System.nanoTime() < until) {
                Thread.sleep(10); // the focus moved when the buttons were redrawn
            }
        }
        // Both confirmations are open, each with the Pay button focused: press it in both at once.
        Thread.sleep(300);
        CyclicBarrier together = new CyclicBarrier(2);
        Thread mikePays = new Thread(() -> {
            try {
                together.await();
                type(mikeShell, "\r");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        mikePays.start();
        together.await();
        type(aliceShell, "\r");
        mikePays.join();

        String[] outcome = new String[2];
        Capture[] outs = {aliceOut, mikeOut};
        long deadline = System.nanoTime() + WAIT.toNanos();
        while ((outcome[0] == null || outcome[1] == null) && System.nanoTime() < deadline) {
            for (int i = 0; i < 2; i++) {
                String seen = outs[i].screen(80, 24);
                outcome[i] = seen.contains("Payment: not possible") ? "refused"
                        : seen.contains("Receipt") ? "paid" : null;
            }
            Thread.sleep(20);
        }
        assertTrue(outcome[0] != null && outcome[1] != null, () -> "alice:\n" + aliceOut.screen(80, 24)
                + "\nmike:\n" + mikeOut.screen(80, 24));
        List<Order> orders = app.core().billing().orders(alice);
        assertEquals(1, orders.size(), orders::toString);
        assertTrue(Set.of(outcome[0], outcome[1]).equals(Set.of("paid", "refused")),
                () -> "alice " + outcome[0] + ", mike " + outcome[1]);

        int loser = "refused".equals(outcome[0]) ? 0 : 1;
        String refusal = outs[loser].screen(80, 24);
        // Either the database's guard (same moment) or the eligibility check (just after) refuses.
        assertTrue(refusal.contains("Another order for this account was placed")
                || refusal.contains("You already hold an Action Pack"), refusal);

        String winner = loser == 0 ? "mike" : "alice";
        KeyPair winnerKey = loser == 0 ? mikeKey : aliceKey;
        List<AuditEntry> placed = app.core().audit().page(alice, "order.placed", PageRequest.first(10)).rows().stream()
                .filter(e -> e.action().equals("order.placed")).toList();
        assertEquals(1, placed.size(), placed::toString);
        AuditEntry entry = placed.get(0);
        assertEquals(loser == 0 ? MIKE : ALICE, entry.actor());
        assertTrue(entry.channel().startsWith("ssh:" + winner + "@127.0.0.1:"), entry.channel());
        assertTrue(entry.channel().endsWith(" key " + KeyUtils.getFingerPrint(winnerKey.getPublic())), entry.channel());
    }
}
